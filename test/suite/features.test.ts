/**
 * Placeholders for the features the team is still building. A `test('title')` without a
 * body is reported as pending (neither passed nor failed). Replace each with a real test:
 * the pattern for every one is in the comment beside it.
 */
import { activateExtension, closeAllEditors } from './helpers';

suite('Footnotes', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  // const { document } = await openDocument(samplePath('draft-resolution.unres'));
  // const marker = <Position of a footnote marker>;
  // const [target] = await waitFor('definition', () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
  //   'vscode.executeDefinitionProvider', document.uri, marker), (l) => l?.length > 0);
  // assert.equal(('targetRange' in target ? target.targetRange : target.range).start.line, <footnote body line>);
  test('go to definition on a footnote marker lands on the footnote body');

  // const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, marker);
  // assert.match(hovers.map((h) => h.contents.map((c) => typeof c === 'string' ? c : c.value).join('')).join(''), /<footnote text>/);
  test('hover on a footnote marker shows the footnote text');
});

suite('Completion', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  // const list = await vscode.commands.executeCommand<vscode.CompletionList>(
  //   'vscode.executeCompletionItemProvider', document.uri, <start of an empty operative paragraph>);
  // const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label).includes('Requests'));
  // then apply it with editor.insertSnippet / edit.replace and assert document.getText() contains '*Requests*'.
  test('offers and inserts *Requests* at the start of an operative paragraph');
});

suite('Code actions and commands', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  // const { document } = await openDocument(fixturePath('numbering-gap.unres'));
  // const [diag] = await diagnostics(document, (d) => d.length > 0);
  // const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
  //   'vscode.executeCodeActionProvider', document.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
  // const fix = actions.find((a) => /renumber/i.test(a.title))!;
  // if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
  // if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
  // assert.equal(document.lineAt(lineOf(document, /Decides/)).text.trim().slice(0, 2), '3.');
  test('the Renumber quick fix repairs the numbering gap');

  // await vscode.commands.executeCommand('<renumber command id>'); then assert document.getText()
  test('the renumber command renumbers the operative paragraphs');

  // place the cursor, run the insert-footnote command, assert the marker and the new body in the text
  test('the insert-footnote command inserts a marker and a footnote body');
});
