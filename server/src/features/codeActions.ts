/**
 * Quick fixes: each feature module offers the fixes for its own diagnostics; this
 * module only gathers them for the range the editor asks about.
 */
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';

export type CodeActionProvider = (model: DocumentModel, range: Range, diagnostics: readonly Diagnostic[]) => CodeAction[];

export function getCodeActions(
  model: DocumentModel,
  range: Range,
  diagnostics: readonly Diagnostic[],
  providers: readonly CodeActionProvider[],
): CodeAction[] {
  return providers.flatMap((provide) => provide(model, range, diagnostics));
}
