/**
 * All checks of a document, each from its own module, with the user's settings applied:
 * a check can be turned off or given another severity (`unResolution.checks.<code>`).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';

export type CheckSetting = 'off' | 'error' | 'warning' | 'information' | 'hint';
export interface DiagnosticSettings {
  readonly checks?: Readonly<Record<string, CheckSetting | undefined>>;
}

export type Check = (model: DocumentModel) => Diagnostic[];

const severities: Record<Exclude<CheckSetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function runChecks(model: DocumentModel, checks: readonly Check[], settings: DiagnosticSettings = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const check of checks) {
    for (const diagnostic of check(model)) {
      const setting = settings.checks?.[String(diagnostic.code)];
      if (setting === 'off') continue;
      diagnostics.push(setting ? { ...diagnostic, severity: severities[setting] } : diagnostic);
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
