/**
 * The language service: the one entry point for the LSP server, the CLI and the tests.
 * It knows nothing of the transport. Each document is parsed once per version and the
 * model is shared by every feature.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, Location, Position, Range } from 'vscode-languageserver-types';
import type { DocumentModel } from './model';
import { parseDocument } from './parse/parser';
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/folding';
import { runChecks, type Check, type DiagnosticSettings } from './features/diagnostics';
import { checkNumbering, renumberQuickFixes } from './features/diagnostics/numbering';
import { checkCrossReferences, crossReferenceDefinition } from './features/crossReferences';
import { getDefinition, type DefinitionProvider } from './features/definition';
import { getCodeActions, type CodeActionProvider } from './features/codeActions';
import type { CommandResult, EditCommand } from './edits/commandResult';
import { renumberAll } from './edits/renumber';

/** Every check, one module each. */
const checks: readonly Check[] = [checkNumbering, checkCrossReferences];

/** Every quick-fix provider, one per feature. */
const codeActionProviders: readonly CodeActionProvider[] = [renumberQuickFixes];

/** Every go-to-definition provider, one per kind of reference. */
const definitionProviders: readonly DefinitionProvider[] = [crossReferenceDefinition];

/** The editing commands (`unResolution.<name>` in the editor). */
const commands: Record<EditCommand, (model: DocumentModel, position: Position) => CommandResult | null> = {
  renumberFootnotes: () => null,
  insertFootnote: () => null,
  renumberAll: (model) => ({ edits: renumberAll(model) }),
};

/** What the service needs of a document: the LSP TextDocument fits. */
export type ServiceDocument = Pick<TextDocument, 'uri' | 'version' | 'getText'>;

export interface LanguageService {
  getModel(document: ServiceDocument): DocumentModel;
  getDocumentSymbols(document: ServiceDocument): DocumentSymbol[];
  getFoldingRanges(document: ServiceDocument): FoldingRange[];
  getDiagnostics(document: ServiceDocument, settings?: DiagnosticSettings): Diagnostic[];
  getCodeActions(document: ServiceDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  getDefinition(document: ServiceDocument, position: Position): Location[];
  runCommand(command: EditCommand, document: ServiceDocument, position: Position): CommandResult | null;
  /** Forgets a closed document. */
  forget(uri: string): void;
}

export function createLanguageService(): LanguageService {
  const cache = new Map<string, DocumentModel>();

  const getModel = (document: ServiceDocument): DocumentModel => {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const model = parseDocument(document.getText(), document.uri, document.version);
    cache.set(document.uri, model);
    return model;
  };

  return Object.freeze({
    getModel,
    getDocumentSymbols: (document: ServiceDocument) => getDocumentSymbols(getModel(document)),
    getFoldingRanges: (document: ServiceDocument) => getFoldingRanges(getModel(document)),
    getDiagnostics: (document: ServiceDocument, settings?: DiagnosticSettings) => runChecks(getModel(document), checks, settings),
    getCodeActions: (document: ServiceDocument, range: Range, diagnostics: readonly Diagnostic[]) =>
      getCodeActions(getModel(document), range, diagnostics, codeActionProviders),
    getDefinition: (document: ServiceDocument, position: Position) => getDefinition(getModel(document), position, definitionProviders),
    runCommand: (command: EditCommand, document: ServiceDocument, position: Position) => commands[command](getModel(document), position),
    forget: (uri: string) => void cache.delete(uri),
  });
}
