import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { corpusDir, corpusFiles, doc, service } from '../helpers';

/**
 * Resolution and decision headings of each corpus report, in order with their lines,
 * and the operative paragraph count of each, as counted by reading the files.
 */
const expected: Record<string, [string, number, number][]> = {
  'ccpcj-19-chapter-1.txt': [
    ['Draft resolution I', 10, 22], ['Draft resolution II', 506, 14], ['Draft resolution III', 1154, 14],
    ['Draft resolution IV', 1213, 18], ['Draft resolution I', 1447, 20], ['Draft resolution II', 1553, 12],
    ['Draft decision', 1597, 0], ['Resolution 19/1', 1708, 10], ['Resolution 19/2', 1766, 6], ['Resolution 19/3', 1802, 3],
    ['Resolution 19/4', 1822, 4], ['Resolution 19/5', 1880, 3], ['Resolution 19/6', 1916, 3], ['Resolution 19/7', 1936, 4],
    ['Decision 19/1', 1962, 0],
  ],
  'ccpcj-22-chapter-1.txt': [
    ['Draft resolution I', 10, 22], ['Draft resolution II', 94, 15], ['Draft resolution III', 176, 15],
    ['Draft resolution IV', 242, 15], ['Draft resolution V', 346, 11], ['Draft resolution VI', 426, 16],
    ['Draft resolution VII', 554, 17], ['Draft resolution I', 660, 12], ['Draft resolution II', 720, 8],
    ['Draft resolution III', 768, 10], ['Draft resolution IV', 814, 15], ['Draft resolution V', 902, 14],
    ['Draft decision I', 990, 0], ['Draft decision II', 1017, 0], ['Resolution 22/1', 1104, 7], ['Resolution 22/2', 1147, 13],
    ['Resolution 22/3', 1231, 8], ['Resolution 22/4', 1303, 6], ['Resolution 22/5', 1337, 3], ['Resolution 22/6', 1367, 13],
    ['Resolution 22/7', 1443, 8], ['Resolution 22/8', 1475, 7], ['Decision 22/1', 1523, 0], ['Decision 22/2', 1531, 0],
  ],
  'ccpcj-23-chapter-1.txt': [
    ['Draft resolution I', 10, 19], ['Draft resolution II', 88, 20], ['Draft resolution III', 210, 19],
    ['Draft resolution IV', 296, 16], ['Draft resolution V', 1046, 12], ['Draft resolution VI', 1136, 12],
    ['Draft resolution I', 1393, 9], ['Draft resolution II', 1453, 2], ['Draft resolution III', 1471, 28],
    ['Draft decision I', 1577, 0], ['Draft decision II', 1610, 0], ['Resolution 23/1', 1620, 14], ['Resolution 23/2', 1702, 6],
    ['Resolution 23/3', 1756, 5], ['Decision 23/1', 1798, 0],
  ],
};

function resolutions(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => (/^(Draft |Resolution|Decision)/.test(s.name) ? [s] : resolutions(s.children ?? [])));
}

/** Numbered operative paragraphs, also under headings inside the operative part. */
function operativeCount(resolution: DocumentSymbol): number {
  const count = (children: DocumentSymbol[]): number =>
    children.reduce((n, c) => n + (/^\d+\. /.test(c.name) && c.kind === 6 ? 1 : 0) + (c.kind === 3 ? count(c.children ?? []) : 0), 0);
  return count(resolution.children ?? []);
}

/** The text as a drafter's editor would hard-wrap it at `width` columns. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}

describe('corpus outline', () => {
  if (!corpusDir) {
    it('is skipped: ../shared/corpus is not beside the repository');
    return;
  }
  for (const { name, text } of corpusFiles()) {
    describe(name, () => {
      const symbols = service.getDocumentSymbols(doc(text));

      it('has every resolution and decision heading in order at its line, with its operative paragraph count', () => {
        const found = resolutions(symbols).map((r) => [r.name, r.selectionRange.start.line, operativeCount(r)]);
        assert.deepEqual(found, expected[name]);
      });

      it('puts the whole report under one chapter with sections A to D', () => {
        assert.equal(symbols.length, 1);
        assert.equal(symbols[0].name, 'Chapter I');
        assert.deepEqual(symbols[0].children!.map((s) => s.name[0]), ['A', 'B', 'C', 'D']);
      });

      it('reads the same headings and counts when the text is written with CRLF, list dashes, no italics, no blank lines or hard-wrapped', () => {
        const variants = [
          text.replace(/\n/g, '\r\n'),
          text.replace(/^(\d+\. )/gm, '- $1'),
          text.replace(/\*/g, ''),
          text.replace(/\n\n/g, '\n'),
          hardWrap(text, 60),
          hardWrap(text, 78),
          hardWrap(text, 110),
        ];
        for (const variant of variants) {
          const found = resolutions(service.getDocumentSymbols(doc(variant))).map((r) => [r.name, operativeCount(r)]);
          assert.deepEqual(found, expected[name].map(([heading, , count]) => [heading, count]));
          const slips = service.getDiagnostics(doc(variant)).filter((d) => /number|footnote|cross-reference/.test(String(d.code)));
          assert.deepEqual(slips, []);
        }
      });

      it('gives every resolution a title and keeps selection ranges inside ranges', () => {
        for (const r of resolutions(symbols)) assert.ok(r.detail && r.detail.length > 3, r.name);
        const inside = (s: DocumentSymbol): void => {
          const { range, selectionRange } = s;
          assert.ok(range.start.line <= selectionRange.start.line && selectionRange.end.line <= range.end.line, s.name);
          s.children?.forEach(inside);
        };
        symbols.forEach(inside);
      });
    });
  }
});
