// Child process of scripts/test-vscode.mjs: @vscode/test-electron runTests() with the options
// in UNRES_RUNTESTS_OPTIONS (JSON). Runs in its own process group so that the parent can
// stop VS Code and everything it started when the time limit passes.
import { runTests } from '@vscode/test-electron';

const options = JSON.parse(process.env.UNRES_RUNTESTS_OPTIONS ?? '{}');
try {
  process.exit(await runTests(options));
} catch (err) {
  console.error(`[e2e] runTests: ${err?.message ?? err}`);
  process.exit(1);
}
