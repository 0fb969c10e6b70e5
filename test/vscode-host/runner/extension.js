// Runner extension for code-server's extension host (the real VS Code one).
// scripts/test-vscode.mjs installs it beside the packaged extension into a fresh
// extensions directory and starts code-server with:
//   UNRES_SUITE_PATH   absolute path of the compiled suite (out/suite/index.js)
//   UNRES_RESULT_FILE  where to write the JSON result
// On activation (onStartupFinished) it runs the suite once and writes
//   { passed, failed, pending, failures: [{ title, message }], durationMs }
// If the suite cannot even load, it writes a failed result, so that a broken suite can
// never look like a passing one. No result file at all is a failure for the caller too.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function write(file, result) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file + '.tmp', JSON.stringify(result, null, 2));
  fs.renameSync(file + '.tmp', file);
}

exports.activate = function activate() {
  const suitePath = process.env.UNRES_SUITE_PATH;
  const resultFile = process.env.UNRES_RESULT_FILE;
  if (!suitePath || !resultFile) return; // installed by hand: do nothing
  const marker = resultFile + '.started';
  if (fs.existsSync(marker)) return; // a reloaded window must not run the suite twice
  fs.writeFileSync(marker, String(process.pid));
  // Let activation finish first: run the suite outside activate().
  setTimeout(async () => {
    const started = Date.now();
    try {
      const suite = require(suitePath);
      const result = await suite.runSuite();
      write(resultFile, result);
    } catch (err) {
      write(resultFile, {
        passed: 0,
        failed: 1,
        pending: 0,
        failures: [{ title: 'extension-host suite did not run', message: String((err && err.stack) || err) }],
        durationMs: Date.now() - started,
      });
    }
  }, 0);
};

exports.deactivate = function deactivate() {};
