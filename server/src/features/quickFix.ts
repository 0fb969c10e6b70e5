/** Building blocks of the quick fixes: the diagnostics a fix answers and the action itself. */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';

/** The diagnostics of `code` that touch `range` (the editor asks for the fixes of a range). */
export function diagnosticsToFix(code: string, range: Range, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code && touches(d.range, range));
}

function touches(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function quickFix(model: DocumentModel, title: string, diagnostic: Diagnostic, edits: TextEdit[], isPreferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [model.uri]: edits } },
    ...(isPreferred ? { isPreferred } : {}),
  };
}
