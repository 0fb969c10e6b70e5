import * as assert from 'node:assert/strict';
import { corpusDir, corpusFiles, doc, service } from '../helpers';

/**
 * Published reports are the truth for the drafting checks: they give no operative-phrase and
 * no phrase-order diagnostic, and terminal-punctuation only where the printed text itself slips
 * (two operative paragraphs, mid-resolution, that end with a comma).
 */
const printedSlips = ['ccpcj-22-chapter-1.txt:971', 'ccpcj-22-chapter-1.txt:1028'];

describe('drafting checks on the corpus', function () {
  let diagnostics: { code: string; where: string }[] = [];
  const found = () => diagnostics;

  before(function () {
    if (!corpusDir) {
      console.log('    ../shared/corpus is absent: corpus drafting checks skipped');
      this.skip();
    }
    diagnostics = corpusFiles().flatMap(({ name, text }) =>
      service.getDiagnostics(doc(text)).map((d) => ({ code: String(d.code), where: `${name}:${d.range.start.line + 1}` })),
    );
  });

  it('finds no unknown operative phrase and no phrase out of order', () => {
    assert.deepEqual(found().filter((d) => d.code === 'operative-phrase' || d.code === 'phrase-order'), []);
  });

  it('finds no operative phrase out of italics', () => {
    assert.deepEqual(found().filter((d) => d.code === 'operative-italics'), []);
  });

  it('finds terminal punctuation slips only where the printed text has them', () => {
    assert.deepEqual(found().filter((d) => d.code === 'terminal-punctuation').map((d) => d.where), printedSlips);
  });
});
