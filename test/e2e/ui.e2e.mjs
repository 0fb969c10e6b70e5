// UI steps in code-server: what a user who installed the .vsix sees. Steps run in order on
// one workbench page; scripts/test-e2e.mjs saves a screenshot after each one into
// test-results/e2e-<timestamp>/NN-<name>.png. A step with `todo` is reported as pending.
//
// A step: { name, run: async ({ page, workspace, shot }) => { ...assertions... } }
// (`shot('name')` adds a screenshot in the middle of a step). `readme: 'x.png'` (or
// `shot(name, 'x.png')`) marks a screenshot for README.md: UNRES_E2E_README_SHOTS=1 npm run test:e2e
// copies it to images/screenshots/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertEventually, cursorPosition, focusEditor, goToLine, openFile, outlineEntries, problems, runCommand, visibleLines } from './workbench.mjs';

/**
 * 1-based positions of the first `sup` marker and of its body in the workspace's draft
 * sample, and the body's text. (`²` sits early in its line, so the screenshots need no
 * horizontal scrolling.)
 */
function footnote(workspace, sup) {
  const lines = readFileSync(join(workspace, 'samples/draft-resolution.unres'), 'utf8').split(/\r?\n/);
  const bodyIndex = lines.findIndex((l) => l.startsWith(`${sup} `));
  const markerIndex = lines.findIndex((l, i) => i !== bodyIndex && l.includes(sup));
  assert.ok(markerIndex >= 0 && bodyIndex > markerIndex, `the sample has no ${sup} marker before its body`);
  return {
    marker: { line: markerIndex + 1, column: lines[markerIndex].indexOf(sup) + 1 },
    body: { line: bodyIndex + 1, text: lines[bodyIndex].slice(sup.length + 1).trim() },
  };
}

export const steps = [
  {
    name: 'open-draft',
    async run({ page }) {
      await openFile(page, 'samples/draft-resolution.unres');
    },
  },
  {
    name: 'outline',
    readme: 'outline.png',
    async run({ page }) {
      const entries = await outlineEntries(page);
      assert.ok(entries.length > 3, `outline shows ${entries.length} entries`);
      // samples/draft-resolution.unres opens with the heading `Draft resolution` and its title.
      assert.equal(entries[0].name, 'Draft resolution');
      assert.match(entries[0].description, /^Strengthening access to legal aid/);
      assert.ok(entries.some((e) => e.name === 'Preamble'), 'no Preamble entry');
    },
  },
  {
    // samples/draft-resolution.unres: `…Human Rights,²` in the preamble and its body `² Resolution 217 A (III).`
    name: 'go-to-definition',
    readme: 'footnote-definition.png',
    async run({ page, workspace }) {
      const { marker, body } = footnote(workspace, '²');
      await goToLine(page, marker.line, marker.column);
      await focusEditor(page);
      await page.keyboard.press('F12');
      await assertEventually(() => cursorPosition(page), (p) => p.line === body.line, `the cursor on line ${body.line}`);
    },
  },
  {
    name: 'footnote-hover',
    readme: 'footnote-hover.png',
    async run({ page, workspace }) {
      const { marker, body } = footnote(workspace, '²');
      await goToLine(page, marker.line, marker.column);
      await focusEditor(page);
      await runCommand(page, 'Show or Focus Hover');
      const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
      await hover.waitFor({ state: 'visible' });
      await assertEventually(() => hover.innerText(), (t) => t.includes(body.text), `the footnote text (${body.text}) in the hover`);
      assert.match(await hover.innerText(), /Footnote 2/);
      await page.waitForTimeout(500); // let the hover finish fading in before the screenshot
    },
  },
  {
    // fixtures/numbering-gap.unres numbers its operative paragraphs 1, 2, 4 (line 13).
    name: 'problems',
    readme: 'numbering-problem.png',
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
      await shot('menu', 'renumber-quick-fix.png');
      await page.keyboard.press('Enter');
      await assertEventually(
        () => visibleLines(page),
        (lines) => lines.some((l) => l.startsWith('3. Decides')) && !lines.some((l) => l.startsWith('4. Decides')),
        'the paragraph renumbered to 3',
      );
    },
  },
  {
    // After the quick fix the fixture ends with `3. Decides …`: a new paragraph 4.
    name: 'completion',
    async run({ page, shot }) {
      await focusEditor(page);
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\n4. ');
      await page.keyboard.press('Control+Space');
      const rows = page.locator('.suggest-widget .monaco-list-row');
      await rows.first().waitFor({ state: 'visible' });
      await page.keyboard.type('Req');
      const requests = page.locator('.suggest-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: /^Requests$/ }) });
      await requests.first().waitFor({ state: 'visible' });
      for (let i = 0; i < 10 && !(await requests.first().getAttribute('class'))?.includes('focused'); i++) await page.keyboard.press('ArrowDown');
      await shot('suggest', 'completion.png');
      await page.keyboard.press('Enter');
      await assertEventually(() => visibleLines(page), (lines) => lines.some((l) => l.trimEnd() === '4. *Requests*'), 'the line `4. *Requests*`');
    },
  },
];
