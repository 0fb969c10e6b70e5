import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers';

function unres(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], { input, encoding: 'utf8', cwd: repoRoot });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(path.join(tmpdir(), 'unres-cli-'));
function file(name: string, content: string | Buffer): string {
  const target = path.join(scratch, name);
  writeFileSync(target, content);
  return target;
}

describe('unres command line', () => {
  it('prints the outline of the sample draft', () => {
    const run = unres(['outline', 'samples/draft-resolution.unres']);
    assert.equal(run.status, 0);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], 'Draft resolution — Strengthening access to legal aid in criminal justice systems  [1]');
    assert.ok(lines.includes('  1. Encourages  [23]'));
    assert.ok(lines.includes('    (b) Children in contact with the criminal…  [27]'));
  });

  it('prints the outline as JSON', () => {
    const run = unres(['outline', '--json', 'samples/report.unres']);
    assert.equal(run.status, 0);
    const result = JSON.parse(run.stdout);
    assert.equal(result.file, 'samples/report.unres');
    assert.equal(result.outline[0].name, 'Chapter I');
  });

  it('checks the samples clean, with exit status 0', () => {
    const run = unres(['check', 'samples/draft-resolution.unres', 'samples/report.unres']);
    assert.equal(run.stdout, 'No problems in 2 files.\n');
    assert.equal(run.status, 0);
  });

  it('prints a diagnostic per line and exits 1 on an error; hints only with --hints', () => {
    const draft = 'The General Assembly,\n\n1. Requests a report;\n\n3. *Invites* States to act.¹\n';
    const run = unres(['check', '-'], draft);
    assert.equal(run.stdout, [
      '-:5:1: warning paragraph-number: expected 2 after 1, found 3',
      '-:5:28: error footnote-undefined: Footnote 1 has no footnote text.',
      '2 problems in 1 file.',
      '',
    ].join('\n'));
    assert.equal(run.status, 1);
    const withHints = unres(['check', '--hints', '-'], draft);
    assert.match(withHints.stdout, /^-:3:4: hint operative-italics: The operative phrase “Requests” is usually in italics\.$/m);
    const json = JSON.parse(unres(['check', '--json', '-'], draft).stdout);
    assert.deepEqual(json[0].diagnostics.map((d: { code: string }) => d.code), ['paragraph-number', 'footnote-undefined']);
  });

  it('reads standard input with -', () => {
    const run = unres(['outline', '-'], 'The General Assembly,\n\n1. *Requests* a report.\n');
    assert.equal(run.status, 0);
    assert.equal(run.stdout, 'Resolution — The General Assembly  [1]\n  1. Requests  [3]\n');
  });

  it('says clearly what is wrong with bad input, without a stack trace', () => {
    const cases: [string, RegExp][] = [
      [path.join(scratch, 'missing.unres'), /missing\.unres: no such file/],
      [scratch, /is a directory, not a draft/],
      [file('binary.unres', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary file, not a text draft/],
      [file('latin1.unres', Buffer.from('R\xe9solution', 'latin1')), /not valid UTF-8 text/],
    ];
    for (const [target, message] of cases) {
      const run = unres(['check', target]);
      assert.equal(run.status, 2, target);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /at .*\.js:\d+/);
    }
  });

  it('prints usage for an unknown command', () => {
    const run = unres(['frobnicate']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Usage: unres outline FILE/);
  });
});
