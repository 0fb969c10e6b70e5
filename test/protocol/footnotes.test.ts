import * as assert from 'node:assert/strict';
import type { CompletionList, Diagnostic, Hover, Location } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from './lspClient';

const uri = 'file:///drafts/footnotes.unres';
const text = ['The General Assembly,', '', 'Recalling the Charter,¹ and the Covenant^2', '', '¹ United Nations, *Treaty Series*, vol. 1.', '', '³ Unused.'].join('\n');
const at = { textDocument: { uri }, position: { line: 2, character: 22 } };

describe('footnotes over the LSP connection', function () {
  this.timeout(20000);
  let server: TestServer;
  let diagnostics: Diagnostic[];
  before(async () => {
    server = await startServer();
    const opened = server.nextDiagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text } });
    diagnostics = (await opened).diagnostics;
  });
  after(async () => server?.stop());

  it('publishes the footnote checks', () => {
    assert.deepEqual(diagnostics.filter((d) => String(d.code).startsWith('footnote-')).map((d) => d.code), ['footnote-unused', 'footnote-sequence']);
  });

  it('answers definition, references, highlight and hover on a marker', async () => {
    const label = { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } };
    assert.deepEqual(await server.connection.sendRequest<Location[]>('textDocument/definition', at), [{ uri, range: label }]);
    const references = await server.connection.sendRequest<Location[]>('textDocument/references', { ...at, context: { includeDeclaration: true } });
    assert.deepEqual(references.map((l) => l.range.start.line), [4, 2]);
    assert.equal((await server.connection.sendRequest<unknown[]>('textDocument/documentHighlight', at)).length, 2);
    const hover = await server.connection.sendRequest<Hover>('textDocument/hover', at);
    assert.deepEqual(hover.contents, { kind: 'markdown', value: '**Footnote 1**\n\nUnited Nations, *Treaty Series*, vol. 1.' });
  });

  it('completes ^2 to ²', async () => {
    const list = await server.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 42 } });
    assert.equal(list.isIncomplete, true);
    assert.ok(list.items.some((i) => i.label === '²'));
  });

  it('runs the renumber and insert commands', async () => {
    const renumber = await server.connection.sendRequest<{ edits: unknown[] }>('unResolution/renumberFootnotes', at);
    assert.deepEqual(renumber.edits, [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } }, newText: '²' }]);
    const inserted = await server.connection.sendRequest<{ edits: unknown[]; cursor: unknown }>('unResolution/insertFootnote', { textDocument: { uri }, position: { line: 2, character: 9 } });
    assert.deepEqual(inserted.cursor, { line: 4, character: 2 });
  });
});
