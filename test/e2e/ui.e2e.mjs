// UI steps in code-server: what a user who installed the .vsix sees. Steps run in order on
// one workbench page; scripts/test-e2e.mjs saves a screenshot after each one into
// test-results/e2e-<timestamp>/NN-<name>.png. A step with `todo` is reported as pending.
//
// A step: { name, run: async ({ page, workspace }) => { ...assertions... } }
import assert from 'node:assert/strict';
import { outlineEntries, openFile } from './workbench.mjs';

export const steps = [
  {
    name: 'open-draft',
    async run({ page }) {
      await openFile(page, 'samples/draft-resolution.unres');
    },
  },
  {
    name: 'outline',
    async run({ page }) {
      const entries = await outlineEntries(page);
      assert.ok(entries.length > 3, `outline shows ${entries.length} entries`);
      // samples/draft-resolution.unres opens with the heading `Draft resolution` and its title.
      assert.equal(entries[0].name, 'Draft resolution');
      assert.match(entries[0].description, /^Strengthening access to legal aid/);
      assert.ok(entries.some((e) => e.name === 'Preamble'), 'no Preamble entry');
    },
  },
  // TODO(team): turn these into real steps as the features land. Patterns:
  // - go-to-definition: goToLine(page, <marker line>, <marker column>); page.keyboard.press('F12');
  //   then assert (await cursorPosition(page)).line === <footnote body line>.
  // - footnote-hover: goToLine(...) on a marker, runCommand(page, 'Show or Focus Hover');
  //   await page.locator('.monaco-hover-content').waitFor(); assert its innerText has the footnote text.
  // - problems: openFile(page, 'fixtures/numbering-gap.unres'); runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  //   assert page.locator('.markers-panel .monaco-list-row') has a row with the numbering message.
  // - completion: goToLine on an empty line after a numbered paragraph, type '5. ', press Control+Space,
  //   wait for '.suggest-widget .monaco-list-row' with text 'Requests', press Enter, assert the line text.
  // - renumber-quick-fix: goToLine on the bad number, press Control+.,
  //   click '.action-widget .monaco-list-row' with text /Renumber/, assert the editor text shows '3.'.
  { name: 'go-to-definition', todo: 'Go to Definition on a footnote marker moves the cursor to the footnote body' },
  { name: 'footnote-hover', todo: 'hover on a footnote marker shows the footnote' },
  { name: 'problems', todo: 'the Problems panel lists a numbering error' },
  { name: 'completion', todo: 'Ctrl+Space offers and inserts *Requests*' },
  { name: 'renumber-quick-fix', todo: 'the Renumber quick fix changes the text' },
];
