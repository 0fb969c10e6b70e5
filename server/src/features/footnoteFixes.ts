/**
 * Quick fixes for footnotes: renumber a broken run, write `^{29,30}` as superscripts,
 * and turn a plain-digit marker left by a PDF conversion into the superscript it was.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { comparePositions, lineText, type DocumentModel } from '../model';
import { toSuperscript } from '../numbering';
import { texGroupAt } from '../parse/footnotes';
import { renumberFootnoteEdits } from '../edits/renumberFootnotes';
import type { CodeActionProvider } from './codeActions';
import { isNumbered, plainMarkerFor } from './footnotes';
import { diagnosticsToFix, quickFix } from './quickFix';

export const footnoteFixes: CodeActionProvider = (model, range, diagnostics) => [
  ...diagnosticsToFix('footnote-sequence', range, diagnostics).map((d) => quickFix(model, 'Renumber footnotes', d, renumberFootnoteEdits(model), true)),
  ...texRewrites(model, range),
  ...diagnosticsToFix('footnote-unused', range, diagnostics).flatMap((d) => plainMarkerFix(model, d)),
];

/** `Child^{29,30}` → `Child²⁹ ³⁰` for each TeX group the range touches. */
function texRewrites(model: DocumentModel, range: Range): CodeAction[] {
  const actions: CodeAction[] = [];
  const done = new Set<string>();
  for (const marker of model.markers) {
    if (marker.style !== 'tex' || marker.range.start.line < range.start.line || marker.range.start.line > range.end.line) continue;
    const line = marker.range.start.line;
    const text = lineText(model, line);
    const group = texGroupAt(text, marker.range.start.character);
    if (!group || done.has(`${line}:${group.start}`)) continue;
    const groupRange = { start: { line, character: group.start }, end: { line, character: group.end } };
    if (!overlaps(groupRange, range)) continue;
    done.add(`${line}:${group.start}`);
    const written = text.slice(group.start, group.end);
    // Offered where the cursor is: a TeX marker is not an error, only a conversion's spelling.
    actions.push({
      title: `Write ${written} as superscript ${group.superscripts}`,
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [model.uri]: [{ range: groupRange, newText: group.superscripts }] } },
    });
  }
  return actions;
}

function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.end, b.start) >= 0 && comparePositions(b.end, a.start) >= 0;
}

/** On a body nothing refers to: the one plain number that can be its marker, made its superscript. */
function plainMarkerFix(model: DocumentModel, diagnostic: Diagnostic): CodeAction[] {
  const body = model.footnotes.find((b) => isNumbered(b.style) && comparePositions(b.labelRange.start, diagnostic.range.start) === 0);
  const found = body && plainMarkerFor(model, body);
  if (!body || !found) return [];
  const written = lineText(model, found.start.line).slice(found.start.character, found.end.character).trim();
  return [quickFix(model, `Make ${written} the footnote marker ${toSuperscript(body.number)}`, diagnostic, [{ range: found, newText: toSuperscript(body.number) }], true)];
}
