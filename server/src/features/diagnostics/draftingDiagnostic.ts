/**
 * The drafting checks' diagnostics: one source, a stable code per check (the settings key),
 * and their quick fixes carried in `data`, computed with the diagnostic from the same model.
 */
import type { Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver-types';

export const draftingCodes = ['terminal-punctuation', 'operative-phrase', 'operative-italics', 'phrase-order'] as const;
export type DraftingCode = (typeof draftingCodes)[number];

export interface DraftingFix {
  readonly title: string;
  readonly edits: TextEdit[];
}

export function draftingDiagnostic(code: DraftingCode, severity: DiagnosticSeverity, range: Range, message: string, fixes: DraftingFix[] = []): Diagnostic {
  return { source: 'un-resolution', code, severity, range, message, ...(fixes.length > 0 ? { data: { fixes } } : {}) };
}

/** The fixes a drafting diagnostic carries (none when the client dropped its data). */
export function draftingFixes(diagnostic: Diagnostic): DraftingFix[] {
  const fixes = (diagnostic.data as { fixes?: unknown } | undefined)?.fixes;
  return Array.isArray(fixes) ? (fixes as DraftingFix[]) : [];
}
