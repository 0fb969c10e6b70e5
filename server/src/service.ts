/**
 * The language service: the one entry point for the LSP server, the CLI and the tests.
 * It knows nothing of the transport. Each document is parsed once per version and the
 * model is shared by every feature.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import type { DocumentModel } from './model';
import { parseDocument } from './parse/parser';
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/folding';
import { runChecks, type Check, type DiagnosticSettings } from './features/diagnostics';

/** Every check, one module each. */
const checks: readonly Check[] = [];

/** What the service needs of a document: the LSP TextDocument fits. */
export type ServiceDocument = Pick<TextDocument, 'uri' | 'version' | 'getText'>;

export interface LanguageService {
  getModel(document: ServiceDocument): DocumentModel;
  getDocumentSymbols(document: ServiceDocument): DocumentSymbol[];
  getFoldingRanges(document: ServiceDocument): FoldingRange[];
  getDiagnostics(document: ServiceDocument, settings?: DiagnosticSettings): Diagnostic[];
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
    forget: (uri: string) => void cache.delete(uri),
  });
}
