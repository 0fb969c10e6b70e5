/**
 * Placeholders for the features the team is still building. A `test('title')` without a
 * body is reported as pending (neither passed nor failed). Replace each with a real test:
 * the pattern for every one is in the comment beside it. (Code actions and commands: codeActions.test.ts.)
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
