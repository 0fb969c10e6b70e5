#!/usr/bin/env node
// npm run test:e2e — UI tests in real VS Code (code-server) driven by Debian's Chromium
// through playwright-core. Packages the .vsix, installs it into a fresh extensions dir,
// starts code-server on a free 127.0.0.1 port, opens a throwaway copy of samples/ and
// test/suite/fixtures/ (as samples/ and fixtures/), and runs the steps of every
// test/e2e/*.e2e.mjs in order on one workbench page.
//
// A screenshot after each step goes to test-results/e2e-<timestamp>/NN-<step>.png (a step
// may add more with `shot(name)` → NN-<step>-<name>.png).
// Counts go to test-results/e2e.json ({ passed, failed, pending, ... }); exit code is
// non-zero on any failure. Every process started here is stopped at the end.
// UNRES_E2E_GREP filters steps by name; UNRES_E2E_HEADED=1 is not supported (no display).
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ROOT,
  cleanup,
  ensureCodeServer,
  launchChromium,
  log,
  makeWorkspace,
  openWorkbench,
  packageExtension,
  prepareProfile,
  startCodeServer,
  tempDir,
  timestamp,
  writeCounts,
} from './e2e/lib.mjs';

// UNRES_E2E_README_SHOTS=1 also copies the screenshots that steps mark with `readme`
// (or `shot(name, readmeName)`) to images/screenshots/, which README.md shows and the .vsix ships.
const README_SHOTS = process.env.UNRES_E2E_README_SHOTS === '1' ? join(ROOT, 'images', 'screenshots') : undefined;
function toReadme(file, name) {
  if (!README_SHOTS || !name) return;
  mkdirSync(README_SHOTS, { recursive: true });
  copyFileSync(file, join(README_SHOTS, name));
  log(`README screenshot: images/screenshots/${name}`);
}

const STEP_TIMEOUT_MS = Number(process.env.UNRES_E2E_STEP_TIMEOUT ?? 90_000);
const started = Date.now();

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  const shots = join(ROOT, 'test-results', `e2e-${timestamp()}`);
  mkdirSync(shots, { recursive: true });
  const files = readdirSync(join(ROOT, 'test/e2e'))
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort();
  if (!files.length) throw new Error('no test/e2e/*.e2e.mjs files');

  const codeServer = ensureCodeServer();
  const tmp = tempDir('e2e');
  const ws = makeWorkspace(tmp);
  const vsix = packageExtension(tmp);
  const profile = prepareProfile(codeServer, tmp, [vsix]);
  const server = await startCodeServer(codeServer, profile, ws, { logFile: join(tmp, 'code-server.log') });
  const browser = await launchChromium(codeServer.dir);
  const page = await openWorkbench(browser, server.url, ws);
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(String(err)));

  const results = [];
  let n = 0;
  await page.screenshot({ path: join(shots, `${String(n).padStart(2, '0')}-workbench.png`) });
  for (const file of files) {
    const { steps } = await import(pathToFileURL(join(ROOT, 'test/e2e', file)).href);
    for (const step of steps) {
      const title = `${file.replace(/\.e2e\.mjs$/, '')} › ${step.name}`;
      if (process.env.UNRES_E2E_GREP && !title.includes(process.env.UNRES_E2E_GREP)) continue;
      if (step.todo || !step.run) {
        results.push({ title, state: 'pending', note: step.todo });
        console.log(`  - ${title} (todo: ${step.todo})`);
        continue;
      }
      n++;
      const shot = join(shots, `${String(n).padStart(2, '0')}-${step.name}.png`);
      const t0 = Date.now();
      try {
        // shot('menu') saves an extra screenshot in the middle of a step: NN-<step>-menu.png.
        const extra = async (name, readmeName) => {
          const path = shot.replace(/\.png$/, `-${name}.png`);
          await page.screenshot({ path });
          toReadme(path, readmeName);
        };
        await withTimeout(step.run({ page, workspace: ws, screenshotDir: shots, shot: extra }), STEP_TIMEOUT_MS, step.name);
        results.push({ title, state: 'passed', ms: Date.now() - t0, screenshot: shot });
        console.log(`  ✓ ${title} (${Date.now() - t0} ms)`);
      } catch (err) {
        // eslint-disable-next-line no-control-regex
        const message = String(err?.message ?? err).replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(0, 12).join('\n');
        results.push({ title, state: 'failed', ms: Date.now() - t0, message, screenshot: shot });
        console.log(`  ✗ ${title}\n    ${message.split('\n').join('\n    ')}`);
      }
      await page.screenshot({ path: shot }).catch((err) => log(`screenshot failed: ${err.message}`));
      if (results.at(-1).state === 'passed') toReadme(shot, step.readme);
    }
    // The next file starts from a clean editor area.
    await page.keyboard.press('Escape').catch(() => {});
  }
  if (pageErrors.length) log(`page errors:\n${pageErrors.slice(-5).join('\n')}`);

  const count = (state) => results.filter((r) => r.state === state).length;
  const counts = {
    passed: count('passed'),
    failed: count('failed'),
    pending: count('pending'),
    screenshots: shots.replace(ROOT + '/', ''),
    steps: results.map(({ title, state, message, screenshot }) => ({ title, state, message, screenshot: screenshot?.replace(ROOT + '/', '') })),
    seconds: Math.round((Date.now() - started) / 1000),
  };
  if (counts.passed + counts.failed === 0) {
    counts.failed = 1;
    counts.error = 'no e2e step ran';
  }
  if (counts.failed) log(`code-server log: ${readFileSync(server.logFile, 'utf8').split('\n').slice(-15).join('\n')}`);
  const file = writeCounts('e2e', counts);
  console.log(
    `\ne2e UI suite (code-server + Chromium): ${counts.passed} passed, ${counts.failed} failed, ${counts.pending} pending in ${counts.seconds}s` +
      `\n  screenshots: ${counts.screenshots}/ → ${file.replace(ROOT + '/', '')}`,
  );
  return counts.failed === 0 ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} catch (err) {
  console.error(`[e2e] ${err?.stack ?? err}`);
  writeCounts('e2e', { passed: 0, failed: 1, error: String(err?.message ?? err).slice(0, 2000) });
  console.log('\ne2e UI suite: 0 passed, 1 failed (did not run)');
} finally {
  await cleanup();
}
process.exit(code);
