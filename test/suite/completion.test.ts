import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, diagnostics, fixturePath, openDocument, waitFor } from './helpers';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

suite('Completion', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('offers and inserts *Requests* at the start of an operative paragraph', async () => {
    const { document, editor } = await openDocument(fixturePath('numbering-gap.unres'));
    await diagnostics(document, (all) => all.length > 0); // the server has the document
    // A new operative paragraph at the end: `5. ` and the cursor after it.
    const end = document.lineAt(document.lineCount - 1).range.end;
    const prefix = document.lineAt(document.lineCount - 1).text === '' ? '\n5. ' : '\n\n5. ';
    assert.equal(await editor.edit((b) => b.insert(end, prefix)), true);
    const line = document.lineCount - 1;
    const position = new vscode.Position(line, 3);
    const list = await waitFor(
      'completions with Requests',
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position),
      (found) => !!found && found.items.some((i) => labelOf(i) === 'Requests'),
    );
    const item = list.items.find((i) => labelOf(i) === 'Requests')!;
    const insert = typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? labelOf(item));
    const range = item.range instanceof vscode.Range ? item.range : (item.range?.replacing ?? new vscode.Range(position, position));
    assert.equal(await editor.edit((b) => b.replace(range, insert)), true);
    assert.equal(document.lineAt(line).text, '5. *Requests* ');
  });
});
