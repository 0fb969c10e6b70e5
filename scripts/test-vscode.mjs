#!/usr/bin/env node
// npm run test:vscode — the extension-host suite (test/suite/, mocha) in a real VS Code.
//
// Host, in this order:
//   1. VSCODE_EXECUTABLE, or `code` on the PATH  → @vscode/test-electron runTests();
//   2. otherwise code-server's extension host: the packaged extension and the runner
//      extension (test/vscode-host/runner) go into a fresh extensions dir, Chromium opens
//      the workbench so that the extension host starts, the runner runs the suite and
//      writes its result to UNRES_RESULT_FILE. No result in time is a failure.
// UNRES_VSCODE_HOST=code-server|electron forces a host. UNRES_SUITE_GREP filters tests.
// Writes test-results/vscode.json ({ passed, failed, ... }); exits non-zero on failure.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  ROOT,
  cleanup,
  ensureCodeServer,
  launchChromium,
  log,
  makeWorkspace,
  onCleanup,
  openWorkbench,
  packageExtension,
  packageRunner,
  prepareProfile,
  run,
  startCodeServer,
  tempDir,
  writeCounts,
} from './e2e/lib.mjs';

const SUITE_TIMEOUT_MS = Number(process.env.UNRES_VSCODE_TIMEOUT ?? 420_000);
const started = Date.now();

/** The Electron binary for @vscode/test-electron, or undefined. */
function vscodeExecutable() {
  if (process.env.UNRES_VSCODE_HOST === 'code-server') return undefined;
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  let code;
  try {
    code = execFileSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
  if (!code) return undefined;
  // On Linux `code` is a shell launcher in <install>/bin/; runTests needs the Electron
  // binary beside that folder (<install>/code).
  const real = realpathSync(code);
  const electron = join(dirname(real), '..', 'code');
  if (dirname(real).endsWith('/bin') && existsSync(electron)) return electron;
  return real;
}

function compileSuite() {
  log('compiling test/suite → out/suite');
  rmSync(join(ROOT, 'out/suite'), { recursive: true, force: true });
  run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'test/suite')], { timeoutMs: 180_000 });
}

function readResult(file) {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function viaElectron(executable, tmp, ws, resultFile) {
  log(`host: @vscode/test-electron with ${executable}`);
  run(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--no-tsc'], { timeoutMs: 180_000 });
  const options = {
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out/suite/index'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(tmp, 'user-data'), '--extensions-dir', join(tmp, 'extensions')],
    extensionTestsEnv: { UNRES_RESULT_FILE: resultFile, UNRES_TEST_WORKSPACE: ws },
  };
  // runTests has no time limit of its own: run it in a child process group we can kill.
  const child = spawn(process.execPath, [join(ROOT, 'scripts/e2e/run-electron.mjs')], {
    cwd: ROOT,
    detached: true,
    stdio: 'inherit',
    env: { ...process.env, UNRES_RUNTESTS_OPTIONS: JSON.stringify(options) },
  });
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {}
  };
  onCleanup(() => killGroup('SIGKILL'));
  process.on('exit', () => killGroup('SIGKILL'));
  const code = await new Promise((resolveExit) => {
    const timer = setTimeout(() => {
      log(`no end after ${SUITE_TIMEOUT_MS / 1000}s: stopping VS Code`);
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), 3000);
    }, SUITE_TIMEOUT_MS);
    child.on('exit', (c, signal) => {
      clearTimeout(timer);
      resolveExit(c ?? signal);
    });
  });
  if (code !== 0) log(`runTests ended with ${code}`);
  killGroup('SIGKILL'); // anything VS Code left behind
  return readResult(resultFile);
}

async function viaCodeServer(tmp, ws, resultFile) {
  log('host: code-server extension host (no VS Code executable found)');
  const codeServer = ensureCodeServer();
  const vsixes = [packageExtension(tmp), packageRunner(tmp)];
  const profile = prepareProfile(codeServer, tmp, vsixes);
  const logFile = join(tmp, 'code-server.log');
  const server = await startCodeServer(codeServer, profile, ws, {
    logFile,
    env: { UNRES_SUITE_PATH: join(ROOT, 'out/suite/index.js'), UNRES_RESULT_FILE: resultFile, UNRES_TEST_WORKSPACE: ws },
  });
  const browser = await launchChromium(codeServer.dir);
  const page = await openWorkbench(browser, server.url, ws);
  const consoleErrors = [];
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
  log(`workbench open; waiting up to ${SUITE_TIMEOUT_MS / 1000}s for the suite`);

  const deadline = Date.now() + SUITE_TIMEOUT_MS;
  let result;
  while (!(result = readResult(resultFile))) {
    if (!server.isRunning()) {
      log(`code-server exited early: ${JSON.stringify(server.exitInfo())}`);
      break;
    }
    if (Date.now() > deadline) {
      log(`no result after ${SUITE_TIMEOUT_MS / 1000}s`);
      break;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (!result) {
    const shot = join(ROOT, 'test-results', 'vscode-timeout.png');
    await page.screenshot({ path: shot }).catch(() => {});
    log(`screenshot of the workbench: ${shot}`);
    log(`runner started: ${existsSync(resultFile + '.started')}`);
    log(`code-server log (${logFile}), last lines:\n${readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')}`);
    if (consoleErrors.length) log(`browser console errors:\n${consoleErrors.slice(-10).join('\n')}`);
    log(`extension host logs: ${join(profile.userDataDir, 'logs')} (UNRES_KEEP_TMP=1 keeps them)`);
  }
  return result;
}

async function main() {
  const tmp = tempDir('vscode');
  const ws = makeWorkspace(tmp);
  const resultFile = join(tmp, 'result.json');
  rmSync(join(ROOT, 'test-results', 'vscode-timeout.png'), { force: true });
  compileSuite();
  const executable = vscodeExecutable();
  if (process.env.UNRES_VSCODE_HOST === 'electron' && !executable) throw new Error('UNRES_VSCODE_HOST=electron but no VS Code executable (set VSCODE_EXECUTABLE)');
  const host = executable ? 'electron' : 'code-server';
  const result = executable ? await viaElectron(executable, tmp, ws, resultFile) : await viaCodeServer(tmp, ws, resultFile);

  const seconds = Math.round((Date.now() - started) / 1000);
  let counts;
  if (!result) {
    counts = { passed: 0, failed: 1, pending: 0, host, error: 'the extension-host suite produced no result', seconds };
  } else {
    const mark = { passed: '✓', failed: '✗', pending: '-' };
    for (const t of result.tests ?? []) console.log(`  ${mark[t.state] ?? '?'} ${t.title}`);
    for (const f of result.failures ?? []) console.log(`\n  ✗ ${f.title}\n    ${String(f.message).split('\n').join('\n    ')}`);
    const ran = result.passed + result.failed;
    counts = {
      passed: result.passed,
      failed: ran === 0 ? 1 : result.failed,
      pending: result.pending ?? 0,
      host,
      failures: (result.failures ?? []).map(({ title, message }) => ({ title, message })),
      seconds,
    };
    if (ran === 0) counts.error = 'no tests ran';
  }
  const file = writeCounts('vscode', counts);
  console.log(
    `\nextension-host suite (${host}): ${counts.passed} passed, ${counts.failed} failed, ${counts.pending} pending` +
      `${counts.error ? ` — ${counts.error}` : ''} in ${seconds}s → ${file.replace(ROOT + '/', '')}`,
  );
  return counts.failed === 0 ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} catch (err) {
  console.error(`[e2e] ${err?.stack ?? err}`);
  writeCounts('vscode', { passed: 0, failed: 1, error: String(err?.message ?? err).slice(0, 2000) });
  console.log('\nextension-host suite: 0 passed, 1 failed (did not run)');
} finally {
  await cleanup();
}
process.exit(code);
