/**
 * Document links: every document symbol opens in the UN Official Document System, and a
 * resolution number opens as the resolution's symbol when the organ that adopted it is clear.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import { contains, walk, type DocumentModel, type Position, type Range } from '../model';
import { documentReferences, type ReferencedOrgan } from '../parse/documentReferences';

export function getDocumentLinks(model: DocumentModel): DocumentLink[] {
  const { symbols, resolutions } = documentReferences(model);
  const links = symbols.map(({ symbol, range }) => link(range, symbol));
  for (const { number, range, organ } of resolutions) {
    const symbol = resolutionSymbol(number, organ === 'own' ? organOfResolutionAt(model, range.start) : organ);
    if (symbol) links.push(link(range, symbol));
  }
  return links;
}

function link(range: Range, symbol: string): DocumentLink {
  return { range, target: `https://undocs.org/${encodeURI(symbol)}`, tooltip: `Open ${symbol} in the UN Official Document System` };
}

/** General Assembly resolutions count by session (`70/1`, `S-26/2`), the Council's by year (`2013/40`). */
function resolutionSymbol(number: string, organ: ReferencedOrgan | undefined): string | undefined {
  const byYear = /^\d{4}\//.test(number);
  if ((organ === 'generalAssembly' || organ === 'unnamed') && !byYear) return `A/RES/${number}`;
  if ((organ === 'economicAndSocialCouncil' || organ === 'unnamed') && byYear) return `E/RES/${number}`;
  return undefined;
}

/** The organ of the innermost resolution around `position` (`its resolution 56/119`). */
function organOfResolutionAt(model: DocumentModel, position: Position): ReferencedOrgan | undefined {
  let organ: ReferencedOrgan | undefined;
  for (const node of walk(model.children)) {
    if (node.kind !== 'resolution' || !contains(node.range, position)) continue;
    const text = node.organ?.text ?? '';
    organ = /General Assembly/.test(text) ? 'generalAssembly' : /Economic and Social Council/.test(text) ? 'economicAndSocialCouncil' : undefined;
  }
  return organ;
}
