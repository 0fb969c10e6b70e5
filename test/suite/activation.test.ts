import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixturePath, LANGUAGE_ID, openDocument } from './helpers';

suite('Activation', () => {
  teardown(closeAllEditors);

  test('the extension is installed and activates', async () => {
    const extension = await activateExtension();
    assert.equal(extension.packageJSON.name, 'un-resolution');
  });

  test('a *.unres file opens in the un-resolution language', async () => {
    const { document } = await openDocument(fixturePath('numbering-gap.unres'));
    assert.equal(document.languageId, LANGUAGE_ID);
    assert.ok((await vscode.languages.getLanguages()).includes(LANGUAGE_ID));
  });
});
