/**
 * `phrase-order`: within a resolution, `Also requests` comes after a `Requests`, and
 * `Further requests` after the `Also requests` of the same run (a new bare `Requests` starts a
 * new run). The fix swaps the adverbs with the paragraph that should have come first, or drops
 * the adverb when there is none.
 */
import { DiagnosticSeverity, TextEdit, type Diagnostic } from 'vscode-languageserver-types';
import type { DocumentModel, Node } from '../../model';
import { matchOperativePhrase } from '../../vocabulary';
import { openingPhrase, type OpeningPhrase } from '../paragraphText';
import { resolutionParts } from '../resolutionParts';
import { draftingDiagnostic } from './draftingDiagnostic';

/** The adverbs that count a verb's repetitions, and their order. */
const ranks: Record<string, number> = { also: 1, further: 2 };

interface Use {
  readonly node: Node;
  readonly opening: OpeningPhrase;
  readonly base: string;
  /** 0 for the bare verb, 1 for `Also`, 2 for `Further`. */
  readonly rank: number;
  readonly adverb: string;
  /** The phrase as written, complement included: `Also takes note with appreciation`. */
  readonly phrase: string;
  /** Offset of the base verb in the opening text. */
  readonly baseOffset: number;
}

export function checkPhraseOrder(model: DocumentModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { operative } of resolutionParts(model)) {
    const uses = operative.flatMap((node) => use(model, node));
    uses.forEach((current, i) => {
      if (current.rank === 0) return;
      const same = (u: Use) => u.base === current.base;
      const earlier = uses.slice(0, i).filter(same);
      const later = uses.slice(i + 1).filter(same);
      const phrase = current.phrase;
      if (!earlier.some((u) => u.rank === 0)) {
        const bare = later.find((u) => u.rank === 0);
        const message = `“${phrase}” comes before any “${current.base}” in this resolution.`;
        diagnostics.push(orderDiagnostic(current, message, bare));
        return;
      }
      const nextRun = later.findIndex((u) => u.rank === 0);
      const also = (nextRun < 0 ? later : later.slice(0, nextRun)).find((u) => u.rank > 0 && u.rank < current.rank);
      if (also) {
        const where = also.node.label ? ` (paragraph ${also.node.label.text})` : '';
        const message = `“${phrase}” comes before “${also.phrase}”${where}.`;
        diagnostics.push(orderDiagnostic(current, message, also));
      }
    });
  }
  return diagnostics;
}

function use(model: DocumentModel, node: Node): Use[] {
  const opening = openingPhrase(model, node);
  const match = matchOperativePhrase(opening.text);
  if (!match) return [];
  const adverb = match.adverb ?? '';
  const baseOffset = adverb ? adverb.length + /^\s*/.exec(match.phrase.slice(adverb.length))![0].length : 0;
  return [{ node, opening, base: match.base, rank: ranks[adverb.toLowerCase()] ?? 0, adverb, phrase: match.phrase, baseOffset }];
}

function orderDiagnostic(current: Use, message: string, partner: Use | undefined): Diagnostic {
  const range = rangeOf(current, current.phrase.length);
  const edits = [setAdverb(current, partner?.adverb ?? '')];
  if (partner) edits.push(setAdverb(partner, current.adverb));
  const title = partner ? `Swap with “${partner.phrase}”` : `Write “${current.base}”`;
  return draftingDiagnostic('phrase-order', DiagnosticSeverity.Warning, range, message, [{ title, edits }]);
}

/** Rewrites the words before the base verb's second letter: `Also r` → `R`, `R` → `Also r`. */
function setAdverb(use: Use, adverb: string): TextEdit {
  const initial = use.opening.text[use.baseOffset];
  const written = adverb ? `${adverb[0].toUpperCase()}${adverb.slice(1)} ${initial.toLowerCase()}` : initial.toUpperCase();
  return TextEdit.replace(rangeOf(use, use.baseOffset + 1), written);
}

function rangeOf(use: Use, length: number) {
  const { line, character } = use.opening.start;
  return { start: { line, character }, end: { line, character: character + length } };
}
