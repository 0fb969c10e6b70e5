import * as assert from 'node:assert/strict';
import { CancellationTokenSource, type ServerCapabilities } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { editCommands } from '../../server/src/edits/commandResult';
import { problems } from '../fuzz/wellFormed';
import { startServer, type TestServer } from './lspClient';

/** The request each capability announces, with params for a document and a place in it. */
const requests: Record<string, (uri: string, position: Position) => { method: string; params: object }> = {
  documentSymbolProvider: (uri) => ({ method: 'textDocument/documentSymbol', params: { textDocument: { uri } } }),
  foldingRangeProvider: (uri) => ({ method: 'textDocument/foldingRange', params: { textDocument: { uri } } }),
  codeActionProvider: (uri, position) => ({ method: 'textDocument/codeAction', params: { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: position }, context: { diagnostics: [] } } }),
  definitionProvider: (uri, position) => ({ method: 'textDocument/definition', params: { textDocument: { uri }, position } }),
  referencesProvider: (uri, position) => ({ method: 'textDocument/references', params: { textDocument: { uri }, position, context: { includeDeclaration: true } } }),
  documentHighlightProvider: (uri, position) => ({ method: 'textDocument/documentHighlight', params: { textDocument: { uri }, position } }),
  hoverProvider: (uri, position) => ({ method: 'textDocument/hover', params: { textDocument: { uri }, position } }),
  completionProvider: (uri, position) => ({ method: 'textDocument/completion', params: { textDocument: { uri }, position } }),
  documentOnTypeFormattingProvider: (uri, position) => ({
    method: 'textDocument/onTypeFormatting', params: { textDocument: { uri }, position, ch: '\n', options: { tabSize: 4, insertSpaces: true } },
  }),
  semanticTokensProvider: (uri) => ({ method: 'textDocument/semanticTokens/full', params: { textDocument: { uri } } }),
  documentLinkProvider: (uri) => ({ method: 'textDocument/documentLink', params: { textDocument: { uri } } }),
};
/** Capabilities that announce no request about a document. */
const notRequests = new Set(['textDocumentSync', 'workspace', 'positionEncoding', 'executeCommandProvider']);

const editCommandRequests = editCommands.map((command) => (uri: string, position: Position) => ({ method: `unResolution/${command}`, params: { textDocument: { uri }, position } }));

function isEmpty(answer: unknown): boolean {
  if (answer === null || (Array.isArray(answer) && answer.length === 0)) return true;
  const value = answer as { data?: unknown[]; items?: unknown[] };
  return (Array.isArray(value.data) && value.data.length === 0) || (Array.isArray(value.items) && value.items.length === 0);
}

const text = [
  'Draft resolution', '', 'Title', '', 'The General Assembly,', '', 'Recalling its resolution 1/1,¹', '',
  '¹ A/RES/1/1.', '', '1. *Requests* a report;', '', '3. *Invites* States.',
].join('\n');
const far: Position[] = [{ line: 1_000_000, character: 3 }, { line: 2, character: 1_000_000 }, { line: 12, character: 500 }];

describe('LSP server robustness', function () {
  this.timeout(60_000);
  let server: TestServer;
  let capabilities: ServerCapabilities;
  const logged: string[] = [];
  let every: ((uri: string, position: Position) => { method: string; params: object })[];

  before(async () => {
    server = await startServer();
    server.connection.onNotification('window/logMessage', (params: { message: string }) => logged.push(params.message));
    // startServer has initialized it; a second initialize answers with the same capabilities.
    capabilities = (await server.connection.sendRequest<{ capabilities: ServerCapabilities }>('initialize', { processId: null, rootUri: null, capabilities: {} })).capabilities;
    const unknown = Object.keys(capabilities).filter((c) => !requests[c] && !notRequests.has(c));
    assert.deepEqual(unknown, [], 'teach test/protocol/robustness.test.ts the requests of these capabilities');
    every = [...Object.keys(capabilities).filter((c) => requests[c]).map((c) => requests[c]), ...editCommandRequests];
  });
  after(async () => server?.stop());
  afterEach(() => assert.equal(server.process.exitCode, null, 'the server exited'));

  async function open(uri: string, version = 1): Promise<void> {
    const published = server.nextDiagnostics(uri, version);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version, text } });
    await published;
  }

  it('answers every request about an unknown document with an empty answer', async () => {
    for (const request of every) {
      const { method, params } = request('file:///nowhere.unres', { line: 0, character: 0 });
      assert.ok(isEmpty(await server.connection.sendRequest(method, params)), method);
    }
  });

  it('answers every request about a closed document with an empty answer', async () => {
    const uri = 'file:///robustness/closed.unres';
    await open(uri);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    for (const request of every) {
      const { method, params } = request(uri, { line: 6, character: 29 });
      assert.ok(isEmpty(await server.connection.sendRequest(method, params)), method);
    }
  });

  it('answers positions beyond the document with answers inside it', async () => {
    const uri = 'file:///robustness/far.unres';
    await open(uri);
    const document = TextDocument.create(uri, 'un-resolution', 1, text);
    for (const request of every) {
      for (const position of far) {
        const { method, params } = request(uri, position);
        const answer = await server.connection.sendRequest(method, params);
        assert.deepEqual(problems(answer, document), [], `${method} at ${JSON.stringify(position)}`);
      }
    }
  });

  it('answers a request cancelled before it ran with an empty answer', async () => {
    const uri = 'file:///robustness/cancelled.unres';
    await open(uri);
    // A new version to parse keeps the server busy while the cancellation arrives.
    const long = `${text}\n\n${'4. *Urges* States to act;\n\n'.repeat(40_000)}`;
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: long }] });
    const busy = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const source = new CancellationTokenSource();
    const cancelled = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    assert.ok(isEmpty(await cancelled));
    assert.ok(!isEmpty(await busy));
  });

  it('survives malformed requests and notifications, answers them empty and logs the fault', async () => {
    const uri = 'file:///robustness/malformed.unres';
    await open(uri);
    logged.length = 0;
    const garbage = [{}, { textDocument: null }, { textDocument: { uri }, position: 'here' }, { textDocument: { uri }, range: 7, context: null }];
    for (const request of every) {
      const { method } = request(uri, { line: 0, character: 0 });
      for (const params of garbage) {
        const answer = await server.connection.sendRequest(method, params).catch((error: Error) => error);
        if (answer instanceof Error) assert.fail(`${method} ${JSON.stringify(params)}: ${answer.message}`);
        assert.deepEqual(problems(answer, TextDocument.create(uri, 'un-resolution', 1, text)), [], method);
      }
    }
    const range: Range = { start: { line: 99, character: 0 }, end: { line: 0, character: 0 } };
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nowhere.unres', version: 9 }, contentChanges: [{ range, text: 'x' }] });
    await server.connection.sendNotification('textDocument/didChange', { textDocument: null, contentChanges: 5 });
    await server.connection.sendNotification('textDocument/didOpen', {});
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(!isEmpty(symbols), 'the server still answers');
    assert.ok(logged.some((message) => /failed/.test(message)), 'a fault is logged to the output channel');
  });
});
