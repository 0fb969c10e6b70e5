import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, documentSymbols, fixturePath, openDocument, RESOLUTION_HEADING, samplePath } from './helpers';

suite('Outline (document symbols)', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('samples/draft-resolution.unres: the first entry is its first resolution heading', async () => {
    const { document } = await openDocument(samplePath('draft-resolution.unres'));
    const symbols = await documentSymbols(document);
    const heading = document.lineAt(
      Array.from({ length: document.lineCount }, (_, i) => i).find((i) => RESOLUTION_HEADING.test(document.lineAt(i).text.trim())) ?? 0,
    ).text.trim();
    assert.ok(RESOLUTION_HEADING.test(heading), 'the sample has no resolution heading');
    assert.equal(symbols[0].name, heading);
    assert.ok(symbols[0].children.length > 0, 'the first resolution has no children in the outline');
  });

  test('samples/report.unres: the outline is not empty and its ranges lie in the document', async () => {
    const { document } = await openDocument(samplePath('report.unres'));
    const symbols = await documentSymbols(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    for (const symbol of symbols) {
      assert.ok(symbol.range.end.isBeforeOrEqual(end), `${symbol.name} ends past the document`);
      assert.ok(symbol.range.contains(symbol.selectionRange), `${symbol.name}: selectionRange outside range`);
    }
  });

  test('fixture numbering-gap.unres: resolution, preamble and operative paragraphs', async () => {
    const { document } = await openDocument(fixturePath('numbering-gap.unres'));
    const symbols = await documentSymbols(document);
    assert.equal(symbols.length, 1);
    const [resolution] = symbols;
    assert.equal(resolution.name, 'Draft resolution I');
    assert.equal(resolution.selectionRange.start.line, 0);
    const operative = resolution.children.map((c) => c.name).filter((name) => /^\d+\./.test(name));
    assert.deepEqual(
      operative.map((name) => name.split(' ')[0]),
      ['1.', '2.', '4.'],
    );
    assert.ok(resolution.children.some((c) => c.kind !== vscode.SymbolKind.File));
  });
});
