import * as assert from 'node:assert/strict';
import { activateExtension, closeAllEditors, diagnostics, fixturePath, lineOf, openDocument } from './helpers';

suite('Diagnostics', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('fixture numbering-gap.unres: the paragraph numbered 4 after 2 is reported', async () => {
    const { document } = await openDocument(fixturePath('numbering-gap.unres'));
    const line = lineOf(document, /^4\. Decides/);
    const found = await diagnostics(document, (all) => all.some((d) => d.range.start.line === line));
    const atLine = found.filter((d) => d.range.start.line === line);
    assert.ok(atLine.length > 0);
    assert.equal(found.filter((d) => d.range.start.line !== line && /number/i.test(d.message)).length, 0, 'numbering diagnostics on other lines');
    // TODO(team): assert the exact code once the numbering check's code is fixed, e.g.
    // assert.deepEqual(atLine.map((d) => d.code), ['numbering']);
  });

  // TODO(team): exact codes and lines for samples/draft-resolution.unres and
  // samples/report.unres once the checks settle: open the sample, then
  //   const found = await diagnostics(document, (all) => all.length >= N);
  //   assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [[...], ...]);
});
