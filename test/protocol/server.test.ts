import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from './lspClient';

const uri = 'file:///drafts/protocol.unres';
const text = ['Draft resolution', '', 'Title', '', 'The General Assembly,', '', 'Recalling its resolution 1/1,', '', '1. *Requests* a report.'].join('\n');

describe('LSP server over stdio', function () {
  this.timeout(20000);
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => server?.stop());

  it('announces incremental sync, symbols and folding on initialize', async () => {
    const other = await startServer();
    try {
      const result = await other.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: null, rootUri: null, capabilities: {} });
      assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2 });
      assert.ok(result.capabilities.documentSymbolProvider);
      assert.equal(result.capabilities.foldingRangeProvider, true);
    } finally {
      await other.stop();
    }
  });

  it('opens a document, answers documentSymbol, and follows incremental changes', async () => {
    const opened = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text } });
    await opened;
    const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0].name, 'Draft resolution');
    assert.deepEqual(symbols[0].children!.map((c) => c.name), ['Preamble', '1. Requests']);

    // Type a second operative paragraph at the end: an incremental change.
    const changed = server.nextDiagnostics(uri, 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 8, character: 23 }, end: { line: 8, character: 23 } }, text: '\n\n2. *Invites* States.' }],
    });
    await changed;
    const after = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(after[0].children!.map((c) => c.name), ['Preamble', '1. Requests', '2. Invites']);
  });

  it('answers requests for unknown documents with an empty result and keeps running', async () => {
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.unres' } });
    assert.deepEqual(symbols, []);
    const folding = await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'file:///nowhere.unres' } });
    assert.deepEqual(folding, []);
    assert.equal(server.process.exitCode, null);
  });
});
