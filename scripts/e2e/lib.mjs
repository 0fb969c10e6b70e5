// Shared plumbing for the real-VS-Code tests (scripts/test-vscode.mjs, scripts/test-e2e.mjs):
// install/locate code-server, package the extension, start code-server and Chromium,
// and stop every process started here — on success, failure, Ctrl+C or a crash.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = process.env.UNRES_CODE_SERVER_VERSION ?? '4.100.3';
export const CHROMIUM = process.env.UNRES_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const log = (...args) => console.log('[e2e]', ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- cleanup

const cleanups = [];
/** Registers a cleanup; they run in reverse order once, on exit or failure. */
export function onCleanup(fn) {
  cleanups.push(fn);
}
let cleaning;
export function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      try {
        await Promise.race([fn(), sleep(10_000)]);
      } catch (err) {
        console.error('[e2e] cleanup:', err?.message ?? err);
      }
    }
  })();
  return cleaning;
}
// Last resort: the synchronous kill of every process group we started.
const groups = new Set();
process.on('exit', () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`[e2e] ${signal}: stopping`);
    cleanup().finally(() => process.exit(130));
  });
}
process.on('unhandledRejection', (err) => {
  console.error('[e2e] unhandled rejection:', err);
  cleanup().finally(() => process.exit(1));
});

/** Kills a detached process group: SIGTERM, then SIGKILL after `graceMs`. */
async function killGroup(child, graceMs = 3000) {
  const pid = child.pid;
  if (!pid) return;
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {}
  const deadline = Date.now() + graceMs;
  while (alive() && Date.now() < deadline) await sleep(100);
  if (alive()) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
  groups.delete(pid);
}

// ---------------------------------------------------------------- helpers

/** Runs a command to completion with a timeout; throws with its output on failure. */
export function run(cmd, args, { cwd = ROOT, timeoutMs = 300_000, env, quiet = false } = {}) {
  const res = spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  if (res.error || res.status !== 0) {
    const why = res.error ? res.error.message : `exit ${res.status ?? res.signal}`;
    throw new Error(`${cmd} ${args.join(' ')} failed (${why}):\n${output.slice(-4000)}`);
  }
  if (!quiet && output.trim()) process.stdout.write(output);
  return res.stdout ?? '';
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** A fresh temporary folder, removed at cleanup unless UNRES_KEEP_TMP is set. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `unres-${prefix}-`));
  if (!process.env.UNRES_KEEP_TMP) onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  else log(`keeping ${dir}`);
  return dir;
}

export function timestamp() {
  return new Date().toISOString().replace(/[:.]/g, '-').replace('Z', '');
}

/** Writes `{ passed, failed }` (plus any extra fields) to test-results/<name>.json. */
export function writeCounts(name, counts) {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const file = join(ROOT, 'test-results', `${name}.json`);
  writeFileSync(file, JSON.stringify(counts, null, 2) + '\n');
  return file;
}

/**
 * A throwaway workspace holding copies of samples/ and test/suite/fixtures/, so that a
 * test that edits (and even saves) a document never touches the repository.
 */
export function makeWorkspace(parent) {
  const ws = join(parent, 'workspace');
  mkdirSync(ws, { recursive: true });
  if (existsSync(join(ROOT, 'samples'))) cpSync(join(ROOT, 'samples'), join(ws, 'samples'), { recursive: true });
  if (existsSync(join(ROOT, 'test/suite/fixtures'))) cpSync(join(ROOT, 'test/suite/fixtures'), join(ws, 'fixtures'), { recursive: true });
  return ws;
}

// ---------------------------------------------------------------- code-server

/** Runs scripts/e2e/install-code-server.sh (seconds when already installed); returns its folder. */
export function ensureCodeServer() {
  const dir =
    process.env.UNRES_CODE_SERVER_DIR ?? join(process.env.HOME ?? tmpdir(), '.cache', 'un-resolution-e2e', `code-server-${CODE_SERVER_VERSION}`);
  const marker = join(dir, '.install-complete');
  const installed = existsSync(marker) && readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION && existsSync(CHROMIUM);
  if (!installed) {
    log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (a few minutes, once)`);
    run('bash', [join(ROOT, 'scripts/e2e/install-code-server.sh')], {
      timeoutMs: 30 * 60_000,
      env: { UNRES_CODE_SERVER_DIR: dir, UNRES_CODE_SERVER_VERSION: CODE_SERVER_VERSION },
    });
  }
  const entry = join(dir, 'node_modules/code-server/out/node/entry.js');
  if (!existsSync(entry)) throw new Error(`code-server entry point missing: ${entry}`);
  return { dir, entry };
}

/**
 * Packages the extension with vsce (its vscode:prepublish builds dist/) into `outDir`
 * and checks the size limit. Returns the .vsix path.
 */
export function packageExtension(outDir) {
  const vsix = join(outDir, 'un-resolution.vsix');
  log('packaging the extension (vsce)');
  run(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix], {
    timeoutMs: 300_000,
    quiet: true,
  });
  const size = statSync(vsix).size;
  if (size > 2 * 1024 * 1024) throw new Error(`${vsix} is ${size} bytes, over the 2 MB limit`);
  log(`packaged ${vsix} (${(size / 1024).toFixed(0)} KB)`);
  return vsix;
}

export function packageRunner(outDir) {
  const vsix = join(outDir, 'un-resolution-test-runner.vsix');
  run(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix], {
    cwd: join(ROOT, 'test/vscode-host/runner'),
    timeoutMs: 120_000,
    quiet: true,
  });
  return vsix;
}

/**
 * Fresh user-data and extensions folders under `base`, user settings written, the given
 * .vsix files installed with code-server's own --install-extension.
 */
export function prepareProfile(codeServer, base, vsixes, extraSettings = {}) {
  const userDataDir = join(base, 'user-data');
  const extensionsDir = join(base, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settings = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'files.hotExit': 'off',
    'window.restoreWindows': 'none',
    ...extraSettings,
  };
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const config = join(base, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [codeServer.entry, '--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  for (const vsix of vsixes) args.push('--install-extension', vsix);
  log(`installing ${vsixes.length} extension(s) into a fresh extensions dir`);
  run(process.execPath, args, { timeoutMs: 180_000, quiet: true });
  return { userDataDir, extensionsDir, config };
}

/**
 * Starts code-server in its own process group on a free 127.0.0.1 port and waits until it
 * answers /healthz. The returned `stop()` kills the whole group (extension host and
 * language server included); cleanup does it anyway.
 */
export async function startCodeServer(codeServer, profile, folder, { env = {}, logFile, timeoutMs = 60_000 } = {}) {
  const port = await freePort();
  const out = createWriteStream(logFile);
  const child = spawn(
    process.execPath,
    [
      codeServer.entry,
      '--config', profile.config,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', profile.userDataDir,
      '--extensions-dir', profile.extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      folder,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  groups.add(child.pid);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const stop = () => killGroup(child);
  onCleanup(stop);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}); log: ${logFile}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`code-server did not answer within ${timeoutMs} ms; log: ${logFile}`);
    await sleep(250);
  }
  log(`code-server ${CODE_SERVER_VERSION} on ${url} (pid ${child.pid})`);
  return { url, port, child, stop, isRunning: () => !exited, exitInfo: () => exited, logFile };
}

// ---------------------------------------------------------------- Chromium

function loadPlaywright(codeServerDir) {
  for (const base of [join(ROOT, 'package.json'), codeServerDir && join(codeServerDir, 'package.json')]) {
    if (!base) continue;
    try {
      return createRequire(base)('playwright-core');
    } catch {}
  }
  throw new Error('playwright-core is not installed (npm install, or run scripts/e2e/install-code-server.sh)');
}

/** Debian's Chromium through playwright-core (never `playwright install`). */
export async function launchChromium(codeServerDir) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const { chromium } = loadPlaywright(codeServerDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
  onCleanup(() => browser.close().catch(() => {}));
  return browser;
}

/** Opens the workbench for `folder` and waits for it to render. */
export async function openWorkbench(browser, url, folder, { timeoutMs = 90_000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: timeoutMs });
  await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
  return page;
}
