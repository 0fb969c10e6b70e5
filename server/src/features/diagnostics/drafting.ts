/** The drafting checks (terminal punctuation, operative phrases, italics, phrase order) and their quick fixes. */
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../../model';
import type { Check } from '../diagnostics';
import { quickFix, diagnosticsToFix } from '../quickFix';
import { draftingCodes, draftingFixes } from './draftingDiagnostic';
import { checkOperativePhrases } from './operativePhrase';
import { checkPhraseOrder } from './phraseOrder';
import { checkTerminalPunctuation } from './terminalPunctuation';

export const draftingChecks: readonly Check[] = [checkTerminalPunctuation, checkOperativePhrases, checkPhraseOrder];

export function fixDrafting(model: DocumentModel, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  return draftingCodes.flatMap((code) =>
    diagnosticsToFix(code, range, diagnostics).flatMap((diagnostic) =>
      draftingFixes(diagnostic).map((fix, i) => quickFix(model, fix.title, diagnostic, fix.edits, i === 0)),
    ),
  );
}
