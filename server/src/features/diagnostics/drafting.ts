/** The drafting checks (terminal punctuation, operative phrases, italics, phrase order) and their quick fixes. */
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../../model';
import type { Check } from '../diagnostics';
import { quickFix, diagnosticsToFix } from '../quickFix';
import { draftingCodes, draftingFixes } from './draftingDiagnostic';
import { checkOperativePhrases } from './operativePhrase';
import { checkPhraseOrder } from './phraseOrder';
import { checkTerminalPunctuation } from './terminalPunctuation';

export const draftingChecks: readonly Check[] = [checkTerminalPunctuation, checkOperativePhrases, checkPhraseOrder].map(chapterByChapter);

/**
 * A drafting check reads one resolution at a time: on a long report parsed chapter by chapter,
 * each chapter is checked once, and its diagnostics are kept while its text does not change.
 */
function chapterByChapter(check: Check): Check {
  const done = new WeakMap<DocumentModel, Diagnostic[]>();
  const once = (chapter: DocumentModel) => {
    let diagnostics = done.get(chapter);
    if (!diagnostics) done.set(chapter, (diagnostics = check(chapter)));
    return diagnostics;
  };
  return (model) => (model.chapters ? model.chapters.flatMap(once) : check(model));
}

export function fixDrafting(model: DocumentModel, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  return draftingCodes.flatMap((code) =>
    diagnosticsToFix(code, range, diagnostics).flatMap((diagnostic) =>
      draftingFixes(diagnostic).map((fix, i) => quickFix(model, fix.title, diagnostic, fix.edits, i === 0)),
    ),
  );
}
