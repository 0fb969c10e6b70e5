// Helpers that drive the VS Code workbench (code-server in Chromium) the way a user does:
// keyboard shortcuts, the command palette, the Explorer's views. Used by *.e2e.mjs.
import assert from 'node:assert/strict';

const isMac = process.platform === 'darwin';
export const MOD = isMac ? 'Meta' : 'Control';

/** Runs a command by its palette title, e.g. `Explorer: Focus on Outline View`. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits until it is the active editor in our language. */
export async function openFile(page, relativePath, { language = 'UN Resolution' } = {}) {
  const name = relativePath.split('/').pop();
  await page.keyboard.press(`${MOD}+P`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(relativePath);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor({ state: 'visible' });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
  const mode = page.locator('[id="status.editor.mode"]');
  await assertEventually(async () => (await mode.innerText()).trim(), (text) => text === language, `language mode ${language}`);
}

/** The active editor's text area, focused. */
export async function focusEditor(page) {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
}

/** Moves the cursor with Go to Line (Ctrl+G): 1-based line and column. */
export async function goToLine(page, line, column = 1) {
  await page.keyboard.press(`Control+G`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Line:column of the cursor, from the status bar (`Ln 12, Col 5`). */
export async function cursorPosition(page) {
  const text = await page.locator('[id="status.editor.selection"]').innerText();
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  assert.ok(m, `no cursor position in the status bar: ${text}`);
  return { line: Number(m[1]), column: Number(m[2]) };
}

/**
 * Rows of the Outline view as `{ name, description }`. Opens and focuses the view first and
 * collapses the Explorer's folder section so that the outline gets the room.
 * (The list is virtual: only rows on screen are returned.)
 */
export async function outlineEntries(page) {
  await runCommand(page, 'Explorer: Focus on Outline View');
  const folders = page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]', { hasText: /^(?!.*OUTLINE)/ }).first();
  if (await folders.count()) {
    const label = (await folders.innerText()).toUpperCase();
    if (!label.includes('OUTLINE') && !label.includes('TIMELINE')) await folders.click();
  }
  const rows = page.locator('.outline-pane .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout: 30_000 });
  return rows.evaluateAll((els) =>
    els.map((el) => ({
      name: (el.querySelector('.label-name')?.textContent ?? '').trim(),
      description: (el.querySelector('.label-description')?.textContent ?? '').trim(),
    })),
  );
}

/** Polls `probe` until `accept` holds; fails with `what` after `timeoutMs`. */
export async function assertEventually(probe, accept, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${String(last).slice(0, 300)})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Texts of the editor's rendered lines (only those on screen), spaces normalised. */
export async function visibleLines(page) {
  const lines = page.locator('.editor-instance .monaco-editor .view-lines .view-line');
  const texts = await lines.evaluateAll((els) =>
    els
      .map((el) => ({ top: parseFloat(el.style.top || '0'), text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  );
  return texts;
}

/** Rows of the Problems panel (opened and focused first), as their texts. */
export async function problems(page) {
  await runCommand(page, 'Problems: Focus on Problems View');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout: 30_000 });
  return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}
