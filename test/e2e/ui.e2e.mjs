// UI steps in code-server: what a user who installed the .vsix sees. Steps run in order on
// one workbench page; scripts/test-e2e.mjs saves a screenshot after each one into
// test-results/e2e-<timestamp>/NN-<name>.png. A step with `todo` is reported as pending.
//
// A step: { name, run: async ({ page, workspace, shot }) => { ...assertions... } }
// (`shot('name')` adds a screenshot in the middle of a step).
import assert from 'node:assert/strict';
import { assertEventually, focusEditor, goToLine, openFile, outlineEntries, problems, visibleLines } from './workbench.mjs';

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
  { name: 'completion', todo: 'Ctrl+Space offers and inserts *Requests*' },
  {
    // fixtures/numbering-gap.unres numbers its operative paragraphs 1, 2, 4 (line 13).
    name: 'problems',
    async run({ page }) {
      await openFile(page, 'fixtures/numbering-gap.unres');
      const rows = await assertEventually(
        () => problems(page),
        (texts) => texts.some((t) => t.includes('expected 3 after 2, found 4')),
        'the numbering warning in the Problems panel',
      );
      assert.ok(rows.some((t) => /expected 3 after 2, found 4.*paragraph-number.*\[Ln 13, Col 1\]/.test(t)), rows.join('\n'));
    },
  },
  {
    name: 'renumber-quick-fix',
    async run({ page, shot }) {
      await goToLine(page, 13, 1);
      await focusEditor(page);
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row.action', { hasText: 'Renumber' }).first();
      await fix.waitFor({ state: 'visible' });
      // The preferred fix comes focused; the menu's pointer block swallows clicks, so use the keyboard.
      await assertEventually(() => fix.getAttribute('class'), (c) => c.includes('focused'), 'Renumber focused in the menu', 5000);
      await shot('menu');
      await page.keyboard.press('Enter');
      await assertEventually(
        () => visibleLines(page),
        (lines) => lines.some((l) => l.startsWith('3. Decides')) && !lines.some((l) => l.startsWith('4. Decides')),
        'the paragraph renumbered to 3',
      );
    },
  },
];
