/**
 * The LSP server: wiring only. Each request is answered by the language service; a
 * fault in a feature is logged and answered with an empty result, never a crash.
 * Runs over IPC (started by the extension) or `--stdio` (any LSP editor).
 */
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { createLanguageService } from './service';
import { semanticTokensLegend } from './features/semanticTokens';
import { editCommands } from './edits/commandResult';
import type { DiagnosticSettings } from './features/diagnostics';

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService();
let settings: DiagnosticSettings = {};

/** Runs a feature; a thrown error is logged and turned into `fallback`. */
function guarded<T>(what: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    connection.console.error(`${what} failed: ${(error as Error).stack ?? error}`);
    return fallback;
  }
}

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    documentSymbolProvider: { label: 'UN Resolution' },
    foldingRangeProvider: true,
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    hoverProvider: true,
    completionProvider: {},
    documentOnTypeFormattingProvider: { firstTriggerCharacter: '\n' },
    semanticTokensProvider: { legend: semanticTokensLegend, full: true },
    documentLinkProvider: {},
  },
  serverInfo: { name: 'un-resolution-server', version: '0.1.0' },
}));

connection.onInitialized(() => {
  connection.workspace.getConfiguration('unResolution').then(
    (config) => {
      settings = { checks: config?.checks ?? {} };
      documents.all().forEach(validate);
    },
    () => undefined,
  );
});

connection.onDidChangeConfiguration((change) => {
  const config = change.settings?.unResolution;
  if (config) settings = { checks: config.checks ?? {} };
  documents.all().forEach(validate);
});

function validate(document: TextDocument): void {
  const diagnostics = guarded('diagnostics', [], () => service.getDiagnostics(document, settings));
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

documents.onDidChangeContent((change) => validate(change.document));
documents.onDidClose((event) => {
  service.forget(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onDocumentSymbol((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('documentSymbol', [], () => service.getDocumentSymbols(document)) : [];
});

connection.onFoldingRanges((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('foldingRange', [], () => service.getFoldingRanges(document)) : [];
});

connection.onCodeAction((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('codeAction', [], () => service.getCodeActions(document, params.range, params.context.diagnostics)) : [];
});

connection.onDefinition((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('definition', [], () => service.getDefinition(document, params.position)) : [];
});

connection.onReferences((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('references', [], () => service.getReferences(document, params.position, params.context.includeDeclaration)) : [];
});

connection.onDocumentHighlight((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('documentHighlight', [], () => service.getDocumentHighlights(document, params.position)) : [];
});

connection.onHover((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('hover', null, () => service.getHover(document, params.position)) : null;
});

// Incomplete: each digit typed after `^` asks again, so `^1` becomes `^12` becomes `¹²`.
connection.onCompletion((params) => {
  const document = documents.get(params.textDocument.uri);
  const items = document ? guarded('completion', [], () => service.getCompletions(document, params.position)) : [];
  return { isIncomplete: true, items };
});

connection.onDocumentOnTypeFormatting((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('onTypeFormatting', [], () => service.getOnTypeFormattingEdits(document, params.position, params.ch)) : [];
});

connection.languages.semanticTokens.on((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('semanticTokens', { data: [] }, () => service.getSemanticTokens(document)) : { data: [] };
});

connection.onDocumentLinks((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('documentLinks', [], () => service.getDocumentLinks(document)) : [];
});

// Editing commands: the client applies the returned edits as one step and moves the cursor.
for (const command of editCommands) {
  connection.onRequest(`unResolution/${command}`, (params: { textDocument: { uri: string }; position: Position }) => {
    const document = documents.get(params.textDocument.uri);
    return document ? guarded(command, null, () => service.runCommand(command, document, params.position)) : null;
  });
}

documents.listen(connection);
connection.listen();
