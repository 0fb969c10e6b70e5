import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, diagnostics, fixturePath, lineOf, openDocument, samplePath } from './helpers';

const NUMBERING_CODES = ['paragraph-number', 'subparagraph-number', 'heading-number'];

suite('Diagnostics', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('fixture numbering-gap.unres: the paragraph numbered 4 after 2 is reported', async () => {
    const { document } = await openDocument(fixturePath('numbering-gap.unres'));
    const line = lineOf(document, /^4\. Decides/);
    const found = await diagnostics(document, (all) => all.some((d) => d.range.start.line === line));
    const numbering = found.filter((d) => NUMBERING_CODES.includes(String(d.code)));
    assert.deepEqual(
      numbering.map((d) => [d.code, d.range.start.line, d.range.start.character, d.severity, d.message]),
      [['paragraph-number', line, 0, vscode.DiagnosticSeverity.Warning, 'expected 3 after 2, found 4']],
    );
    assert.equal(numbering[0].source, 'un-resolution');
  });

  test('the samples have no errors or warnings', async () => {
    const names = ['draft-resolution.unres', 'report.unres'];
    const documents = [];
    for (const name of names) documents.push((await openDocument(samplePath(name))).document);
    // The server answers in order: once a later document's diagnostics are in, the samples' are too.
    const { document: probe } = await openDocument(fixturePath('numbering-gap.unres'));
    await diagnostics(probe, (all) => all.length > 0);
    for (const document of documents) {
      const serious = vscode.languages
        .getDiagnostics(document.uri)
        .filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning);
      assert.deepEqual(serious.map((d) => `${d.range.start.line + 1}: ${d.code}: ${d.message}`), [], document.uri.fsPath);
    }
  });
});
