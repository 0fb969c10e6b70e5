/** Helpers for the numbering, renumber and cross-reference suites: diagnostics and edits as text. */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { service } from './helpers';

const numberingCodes = new Set(['paragraph-number', 'subparagraph-number', 'heading-number']);

export function numberingDiagnostics(document: TextDocument): Diagnostic[] {
  return service.getDiagnostics(document).filter((d) => numberingCodes.has(String(d.code)));
}

/** `line:code message`, one-based lines, for compact assertions. */
export function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.code} ${d.message}`);
}

export function applyEdits(document: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(document, [...edits]);
}

/** The text after the Renumber quick fix offered on `diagnostic`. */
export function afterQuickFix(document: TextDocument, diagnostic: Diagnostic): string {
  const actions = service.getCodeActions(document, diagnostic.range, [diagnostic]).filter((a) => a.title === 'Renumber');
  assert.equal(actions.length, 1, 'one Renumber quick fix');
  assert.deepEqual(actions[0].diagnostics, [diagnostic]);
  return applyEdits(document, actions[0].edit!.changes![document.uri]);
}

/** The text after the Renumber all command. */
export function afterRenumberAll(document: TextDocument): string {
  const result = service.runCommand('renumberAll', document, { line: 0, character: 0 });
  assert.ok(result);
  return applyEdits(document, result.edits);
}
