/**
 * The outline: chapters > sections > resolutions > preamble, operative paragraphs,
 * sub-paragraphs, annexes with their headings, rules and paragraphs.
 */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { DocumentModel, Node, NodeKind } from '../model';

const symbolKinds: Record<NodeKind, SymbolKind> = {
  chapter: SymbolKind.Module,
  section: SymbolKind.Namespace,
  reportParagraph: SymbolKind.String,
  resolution: SymbolKind.Class,
  preamble: SymbolKind.Object,
  preambular: SymbolKind.Property,
  operative: SymbolKind.Method,
  subparagraph: SymbolKind.Field,
  annex: SymbolKind.Package,
  heading: SymbolKind.Namespace,
  rule: SymbolKind.Function,
  paragraph: SymbolKind.String,
  agenda: SymbolKind.Enum,
  listItem: SymbolKind.EnumMember,
  closing: SymbolKind.Event,
};

export function getDocumentSymbols(model: DocumentModel): DocumentSymbol[] {
  return model.children.map(toSymbol);
}

function toSymbol(node: Node): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: node.name || '…',
    kind: symbolKinds[node.kind],
    range: node.range,
    // LSP requires the selection range to lie inside the range.
    selectionRange: clampInside(node.selectionRange, node.range),
    children: node.children.map(toSymbol),
  };
  if (node.detail) symbol.detail = node.detail;
  return symbol;
}

function clampInside(inner: DocumentSymbol['range'], outer: DocumentSymbol['range']): DocumentSymbol['range'] {
  const before = (a: DocumentSymbol['range']['start'], b: DocumentSymbol['range']['start']) =>
    a.line < b.line || (a.line === b.line && a.character < b.character);
  const start = before(inner.start, outer.start) || before(outer.end, inner.start) ? outer.start : inner.start;
  const end = before(outer.end, inner.end) || before(inner.end, start) ? (before(outer.end, inner.end) ? outer.end : start) : inner.end;
  return { start, end };
}
