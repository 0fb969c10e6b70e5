import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, diagnostics, fixturePath, lineOf, openDocument, waitFor } from './helpers';

suite('Code actions and commands', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('the Renumber quick fix repairs the numbering gap', async () => {
    const { document } = await openDocument(fixturePath('numbering-gap.unres'));
    const line = lineOf(document, /^4\. Decides/);
    const [diagnostic] = (await diagnostics(document, (all) => all.some((d) => d.code === 'paragraph-number'))).filter(
      (d) => d.code === 'paragraph-number',
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title === 'Renumber');
    assert.ok(fix, `no Renumber quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(fix.edit, 'the quick fix has no edit');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(document.lineAt(line).text, '3. Decides to remain seized of the matter.');
    await diagnostics(document, (all) => !all.some((d) => d.code === 'paragraph-number'));
  });

  test('the Renumber all command renumbers the operative paragraphs', async () => {
    const { document } = await openDocument(fixturePath('numbering-gap.unres'));
    const line = lineOf(document, /^4\. Decides/);
    await diagnostics(document, (all) => all.length > 0); // the server has the document
    await vscode.commands.executeCommand('unResolution.renumberAll');
    await waitFor('the renumbered line', () => document.lineAt(line).text, (text) => text.startsWith('3. '), 10_000);
    assert.equal(document.lineAt(line).text, '3. Decides to remain seized of the matter.');
  });

  // TODO(team): place the cursor, run `unResolution.insertFootnote`, then assert the marker at the
  // cursor and the new footnote body in document.getText(); likewise `unResolution.renumberFootnotes`.
  test('the insert-footnote command inserts a marker and a footnote body');
});
