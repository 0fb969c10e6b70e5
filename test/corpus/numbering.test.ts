import * as assert from 'node:assert/strict';
import { corpusFiles, doc, service } from '../helpers';
import { afterQuickFix, numberingDiagnostics, summary } from '../numberingHelpers';

/**
 * The real reports must give no numbering or cross-reference diagnostic; with one slip
 * put in (in memory), the slip is reported on its line and its quick fix gives back the
 * correctly numbered text, references included.
 */
describe('numbering on the corpus', function () {
  const files = corpusFiles();
  before(function () {
    if (files.length === 0) {
      console.log('    ../shared/corpus is absent: corpus numbering tests skipped');
      this.skip();
    }
  });

  for (const name of ['ccpcj-19-chapter-1.txt', 'ccpcj-22-chapter-1.txt', 'ccpcj-23-chapter-1.txt']) {
    it(`${name}: no numbering or cross-reference diagnostic`, () => {
      const file = files.find((f) => f.name === name)!;
      const document = doc(file.text);
      assert.deepEqual(summary(numberingDiagnostics(document)), []);
      assert.deepEqual(summary(service.getDiagnostics(document).filter((d) => d.code === 'cross-reference')), []);
    });
  }

  describe('one slip in a real report (ccpcj-22, draft resolution VI)', () => {
    let text: string[];
    let heading: number;
    /** Line of each operative paragraph of draft resolution VI, by its number. */
    let paragraphLine: Map<number, number>;

    before(function () {
      const file = files.find((f) => f.name === 'ccpcj-22-chapter-1.txt');
      if (!file) this.skip();
      text = file!.text.split('\n');
      heading = text.findIndex((l) => l === 'Draft resolution VI');
      const end = text.findIndex((l, i) => i > heading && l.startsWith('Draft resolution'));
      paragraphLine = new Map();
      for (let i = heading; i < end; i++) {
        const m = /^(\d+)\. \*/.exec(text[i]);
        if (m) paragraphLine.set(Number(m[1]), i);
      }
      assert.deepEqual([...paragraphLine.keys()], Array.from({ length: 16 }, (_, i) => i + 1));
    });

    /** The report with each line passed through `change` (line index → new text, or null to delete). */
    const edited = (change: (line: string, index: number) => string | null) =>
      text.map(change).filter((l): l is string => l !== null).join('\n');

    const relabel = (line: string, from: number | string, to: number | string) => line.replace(String(from), String(to));

    it('a deleted paragraph: reported on the next one; the fix renumbers the rest and the reference to paragraph 8', () => {
      const deleted = paragraphLine.get(6)!;
      const referenceLine = text.findIndex((l, i) => i > paragraphLine.get(9)! - 1 && /paragraph 8 above/.test(l));
      assert.equal(referenceLine, paragraphLine.get(9));
      const slipped = edited((l, i) => (i === deleted || i === deleted + 1 ? null : l));
      const document = doc(slipped);
      const diagnostics = numberingDiagnostics(document);
      assert.deepEqual(summary(diagnostics), [`${deleted + 1}:paragraph-number expected 6 after 5, found 7`]);
      const expected = edited((l, i) => {
        if (i === deleted || i === deleted + 1) return null;
        const number = [...paragraphLine].find(([, line]) => line === i)?.[0];
        const renumbered = number !== undefined && number > 6 ? relabel(l, `${number}.`, `${number - 1}.`) : l;
        return i === referenceLine ? renumbered.replace('paragraph 8 above', 'paragraph 7 above') : renumbered;
      });
      assert.equal(afterQuickFix(document, diagnostics[0]), expected);
    });

    it('a repeated number: reported on it; the fix gives back the report', () => {
      const slipped = edited((l, i) => {
        const number = [...paragraphLine].find(([, line]) => line === i)?.[0];
        return number !== undefined && number >= 11 ? relabel(l, `${number}.`, `${number - 1}.`) : l;
      });
      const document = doc(slipped);
      const diagnostics = numberingDiagnostics(document);
      assert.deepEqual(summary(diagnostics), [`${paragraphLine.get(11)! + 1}:paragraph-number expected 11 after 10, found 10`]);
      assert.equal(afterQuickFix(document, diagnostics[0]), text.join('\n'));
    });

    it('a skipped letter: reported on it; the fix gives back the report', () => {
      const start = paragraphLine.get(5)!;
      const end = paragraphLine.get(6)!;
      const slipped = edited((l, i) => {
        const m = i > start && i < end ? /^\(([a-z])\)/.exec(l) : null;
        return m && m[1] >= 'c' ? relabel(l, `(${m[1]})`, `(${String.fromCharCode(m[1].charCodeAt(0) + 1)})`) : l;
      });
      const document = doc(slipped);
      const diagnostics = numberingDiagnostics(document);
      const line = text.findIndex((l, i) => i > start && l.startsWith('(c)'));
      assert.deepEqual(summary(diagnostics), [`${line + 1}:subparagraph-number expected (c) after (b), found (d)`]);
      assert.equal(afterQuickFix(document, diagnostics[0]), text.join('\n'));
    });

    it('a wrong draft-resolution numeral: reported on the heading; the fix gives back the report', () => {
      const slipped = edited((l, i) => (i === heading ? 'Draft resolution IV' : l));
      const document = doc(slipped);
      const diagnostics = numberingDiagnostics(document);
      assert.deepEqual(summary(diagnostics), [`${heading + 1}:heading-number expected VI after V, found IV`]);
      assert.equal(afterQuickFix(document, diagnostics[0]), text.join('\n'));
    });
  });
});
