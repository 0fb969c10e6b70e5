import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, diagnostics, documentSymbols, fixturePath, lineOf, openDocument, samplePath, waitFor } from './helpers';

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

  test('the Insert footnote command inserts the next marker, its body, and renumbers later footnotes', async () => {
    // samples/draft-resolution.unres: footnotes ¹ and ² come before the `Bearing in mind` paragraph, ³ after it.
    const { document, editor } = await openDocument(samplePath('draft-resolution.unres'));
    await documentSymbols(document);
    const line = lineOf(document, /^Bearing in mind that legal aid/);
    const before = document.lineAt(line).text;
    const end = document.lineAt(line).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('unResolution.insertFootnote');
    await waitFor('the new marker', () => document.lineAt(line).text, (text) => text !== before, 10_000);
    assert.equal(document.lineAt(line).text, `${before}³`);
    const cursorLine = document.lineAt(editor.selection.active.line).text;
    assert.match(cursorLine, /^³\s*$/, 'the cursor is not in the new, empty footnote body');
    assert.ok(lineOf(document, /^Having considered .*legal aid,⁴$/) > line, 'the later marker was not renumbered');
    assert.ok(lineOf(document, '⁴ E/CN.15/2025/7.') > line, 'the later footnote body was not renumbered');
  });

  test('the Renumber footnotes command numbers footnotes in order of first reference', async () => {
    const { document } = await openDocument(fixturePath('footnotes-out-of-order.unres'));
    await diagnostics(document, (all) => all.some((d) => d.code === 'footnote-sequence'));
    await vscode.commands.executeCommand('unResolution.renumberFootnotes');
    const line = lineOf(document, /^Recalling its resolution 70\/1,/);
    await waitFor('the renumbered marker', () => document.lineAt(line).text, (text) => text.endsWith('¹'), 10_000);
    assert.equal(
      document.getText(),
      [
        'Draft resolution', '', 'Footnotes out of order', '', 'The General Assembly,', '',
        'Recalling its resolution 70/1,¹', '', 'Noting the report of the Secretary-General,²', '',
        '¹ Resolution 70/1.', '', '² A/80/100.', '', '1. *Requests* a report.', '',
      ].join('\n'),
    );
    await diagnostics(document, (all) => !all.some((d) => d.code === 'footnote-sequence'));
  });
});
