/**
 * Entry point of the extension-host suite, in the form `@vscode/test-electron` runs:
 * `run()` resolves when every test passed and rejects otherwise.
 *
 * Both hosts use it (see scripts/test-vscode.mjs):
 * - `@vscode/test-electron` calls `run()` (extensionTestsPath = out/suite/index);
 * - in code-server, the runner extension (test/vscode-host/runner) calls `runSuite()`.
 *
 * When `UNRES_RESULT_FILE` is set, `run()` also writes the result there as JSON
 * (`{ passed, failed, pending, failures: [{ title, message }] }`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface SuiteFailure {
  readonly title: string;
  readonly message: string;
  readonly stack?: string;
}

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  failures: SuiteFailure[];
  /** Every test in order, for the host script's listing. */
  tests: { title: string; state: 'passed' | 'failed' | 'pending' }[];
  durationMs: number;
}

/** Runs every `*.test.js` beside this file (optionally filtered by `UNRES_SUITE_GREP`). */
export function runSuite(): Promise<SuiteResult> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    // The language server starts inside the test: allow for a slow 2-core machine.
    timeout: Number(process.env.UNRES_TEST_TIMEOUT ?? 60_000),
    reporter: 'spec',
  });
  if (process.env.UNRES_SUITE_GREP) mocha.grep(process.env.UNRES_SUITE_GREP);
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  const started = Date.now();
  const result: SuiteResult = { passed: 0, failed: 0, pending: 0, failures: [], tests: [], durationMs: 0 };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        result.durationMs = Date.now() - started;
        resolve(result);
      });
      runner.on('pass', (test) => {
        result.passed++;
        result.tests.push({ title: test.fullTitle(), state: 'passed' });
      });
      runner.on('pending', (test) => {
        result.pending++;
        result.tests.push({ title: test.fullTitle(), state: 'pending' });
      });
      runner.on('fail', (test, err: Error) => {
        result.failed++;
        result.tests.push({ title: test.fullTitle(), state: 'failed' });
        result.failures.push({ title: test.fullTitle(), message: String(err?.message ?? err), stack: err?.stack });
      });
    } catch (err) {
      reject(err);
    }
  });
}

export function writeResult(result: SuiteResult, file = process.env.UNRES_RESULT_FILE): void {
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file + '.tmp', JSON.stringify(result, null, 2));
  fs.renameSync(file + '.tmp', file); // readers never see a half-written file
}

export async function run(): Promise<void> {
  const result = await runSuite();
  writeResult(result);
  if (result.passed + result.failed === 0) throw new Error('No tests ran.');
  if (result.failed > 0) throw new Error(`${result.failed} test(s) failed.`);
}
