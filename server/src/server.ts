/**
 * The LSP server: wiring only. Each request is answered by the language service; a
 * fault in a feature is logged and answered with an empty result, never a crash.
 * Runs over IPC (started by the extension) or `--stdio` (any LSP editor).
 */
import './heapFlags';
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type CancellationToken, type Connection,
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

/**
 * A request handler over an open document. A closed or unknown document, malformed
 * params, a request already cancelled and a fault in the feature all get `fallback`.
 */
function answer<P extends { textDocument: { uri: string } }, R>(what: string, fallback: R, run: (document: TextDocument, params: P) => R) {
  return (params: P, token?: CancellationToken): R =>
    guarded(what, fallback, () => {
      if (token?.isCancellationRequested) return fallback;
      const document = documents.get(params.textDocument.uri);
      return document ? run(document, params) : fallback;
    });
}

// Whatever slips past a handler is logged; the server stays up for the next request.
process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error}`));

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
      documents.all().forEach(scheduleValidation);
    },
    () => undefined,
  );
});

connection.onDidChangeConfiguration((change) => {
  const config = change.settings?.unResolution;
  if (config) settings = { checks: config.checks ?? {} };
  documents.all().forEach(scheduleValidation);
});

/** Documents whose diagnostics are due: a burst of edits is checked once, at its latest version. */
const due = new Map<string, ReturnType<typeof setTimeout>>();
// Long enough for edits already queued behind one another to arrive, too short to notice.
const burstMs = 2;

function scheduleValidation(document: TextDocument): void {
  if (due.has(document.uri)) return;
  due.set(document.uri, setTimeout(() => {
    due.delete(document.uri);
    // The latest version, never an older one; nothing for a document closed meanwhile.
    const latest = documents.get(document.uri);
    if (latest) validate(latest);
  }, burstMs));
}

function validate(document: TextDocument): void {
  const diagnostics = guarded('diagnostics', [], () => service.getDiagnostics(document, settings));
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

documents.onDidChangeContent((change) => scheduleValidation(change.document));
documents.onDidClose((event) => {
  service.forget(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onDocumentSymbol(answer('documentSymbol', [], (document) => service.getDocumentSymbols(document)));

connection.onFoldingRanges(answer('foldingRange', [], (document) => service.getFoldingRanges(document)));

connection.onCodeAction(answer('codeAction', [], (document, params) => service.getCodeActions(document, params.range, params.context.diagnostics)));

connection.onDefinition(answer('definition', [], (document, params) => service.getDefinition(document, params.position)));

connection.onReferences(answer('references', [], (document, params) => service.getReferences(document, params.position, params.context.includeDeclaration)));

connection.onDocumentHighlight(answer('documentHighlight', [], (document, params) => service.getDocumentHighlights(document, params.position)));

connection.onHover(answer('hover', null, (document, params) => service.getHover(document, params.position)));

// Incomplete: each digit typed after `^` asks again, so `^1` becomes `^12` becomes `¹²`.
connection.onCompletion(
  answer('completion', { isIncomplete: true, items: [] }, (document, params) => ({ isIncomplete: true, items: service.getCompletions(document, params.position) })),
);

connection.onDocumentOnTypeFormatting(answer('onTypeFormatting', [], (document, params) => service.getOnTypeFormattingEdits(document, params.position, params.ch)));

connection.languages.semanticTokens.on(answer('semanticTokens', { data: [] }, (document) => service.getSemanticTokens(document)));

connection.onDocumentLinks(answer('documentLinks', [], (document) => service.getDocumentLinks(document)));

// Editing commands: the client applies the returned edits as one step and moves the cursor.
for (const command of editCommands) {
  connection.onRequest(
    `unResolution/${command}`,
    answer(command, null, (document, params: { textDocument: { uri: string }; position: Position }) => service.runCommand(command, document, params.position)),
  );
}

documents.listen(connection);
connection.listen();
