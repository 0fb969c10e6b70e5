import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, documentSymbols, openDocument, samplePath, waitFor } from './helpers';

/** samples/draft-resolution.unres: `…Justice Systems,¹` in the preamble and the body `¹ Resolution 67/187, annex.` */
async function firstMarker(document: vscode.TextDocument): Promise<{ marker: vscode.Position; bodyLine: number }> {
  await documentSymbols(document); // the server has parsed the document
  let bodyLine = -1;
  let marker: vscode.Position | undefined;
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    if (text.startsWith('¹ ')) bodyLine = line;
    else if (!marker && text.includes('¹')) marker = new vscode.Position(line, text.indexOf('¹'));
  }
  assert.ok(marker, 'no ¹ marker in the sample');
  assert.ok(bodyLine > marker.line, 'no ¹ footnote body after the marker');
  return { marker, bodyLine };
}

suite('Footnotes', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('go to definition on a footnote marker lands on the footnote body', async () => {
    const { document } = await openDocument(samplePath('draft-resolution.unres'));
    const { marker, bodyLine } = await firstMarker(document);
    const targets = await waitFor(
      'a definition',
      () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, marker),
      (found) => Array.isArray(found) && found.length > 0,
    );
    assert.equal(targets.length, 1);
    const target = targets[0];
    const uri = 'targetUri' in target ? target.targetUri : target.uri;
    const range = 'targetRange' in target ? target.targetRange : target.range;
    assert.equal(uri.toString(), document.uri.toString());
    assert.equal(range.start.line, bodyLine);
  });

  test('hover on a footnote marker shows the footnote text', async () => {
    const { document } = await openDocument(samplePath('draft-resolution.unres'));
    const { marker } = await firstMarker(document);
    const hovers = await waitFor(
      'a hover',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, marker),
      (found) => Array.isArray(found) && found.length > 0,
    );
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /Footnote 1/);
    assert.match(text, /Resolution 67\/187, annex\./);
  });
});
