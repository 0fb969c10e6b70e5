import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { doc, lines, service } from '../helpers';
import { afterQuickFix, afterRenumberAll, numberingDiagnostics } from '../numberingHelpers';

const header = ['Draft resolution', '', 'Strengthening cooperation', '', 'The General Assembly,', '', '*Recalling* its resolution 70/1,', ''];

describe('renumbering', () => {
  describe('the Renumber quick fix', () => {
    it('renumbers only the slipped sequence, from the slip to its end, with the references to it', () => {
      const text = (a: number, b: number, c: number, sub: string) => lines(
        ...header,
        '1. *Requests* the Secretariat:', '',
        '(a) To report;', '', `(${sub}) To act;`, '',
        `${a}. *Invites* Member States to consider paragraph ${b} above;`, '',
        `${b}. *Encourages* donors to support the work referred to in paragraph ${a} above;`, '',
        `${c}. *Decides* to review paragraphs ${a} and ${b} of the present resolution.`, '',
      );
      const document = doc(text(3, 4, 5, 'c'));
      const [paragraph, subparagraph] = ['paragraph-number', 'subparagraph-number'].map((code) => numberingDiagnostics(document).find((d) => d.code === code)!);
      // The paragraph fix leaves the sub-paragraph slip alone, and the other way round.
      assert.equal(afterQuickFix(document, paragraph), text(2, 3, 4, 'c'));
      assert.equal(afterQuickFix(document, subparagraph), text(3, 4, 5, 'b'));
    });

    it('leaves the items before the slip as they are', () => {
      const text = (...numbers: number[]) => lines(...header, ...numbers.flatMap((n) => [`${n}. *Notes* item;`, '']));
      const document = doc(text(1, 2, 4, 4, 6));
      const [first] = numberingDiagnostics(document);
      assert.equal(afterQuickFix(document, first), text(1, 2, 3, 4, 5));
    });

    it('is offered only for the diagnostics it is asked about', () => {
      const document = doc(lines(...header, '1. *Notes* item;', '', '3. *Notes* item.', ''));
      assert.deepEqual(service.getCodeActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []), []);
    });
  });

  describe('Renumber all', () => {
    it('renumbers every sequence and every reference in one edit', () => {
      const text = (first: string, second: string, p: number[], s: string[]) => lines(
        `Draft resolution ${first}`, '', 'First', '', 'The General Assembly,', '',
        `${p[0]}. *Requests* the Secretariat:`, '', `(${s[0]}) To report;`, '', `(${s[1]}) To act, taking into account subparagraph (${s[0]}) above;`, '',
        `${p[1]}. *Invites* Member States to implement paragraph ${p[0]} (${s[1]});`, '',
        `Draft resolution ${second}`, '', 'Second', '', 'The General Assembly,', '',
        `${p[2]}. *Welcomes* the report;`, '', `${p[3]}. *Decides* to review paragraph ${p[2]} above and paragraph 5 of its resolution 67/184.`, '',
      );
      const document = doc(text('II', 'II', [2, 4, 1, 3], ['b', 'c']));
      assert.equal(afterRenumberAll(document), text('I', 'II', [1, 2, 1, 2], ['a', 'b']));
    });

    it('changes nothing in a correctly numbered draft', () => {
      const document = doc(lines(...header, '1. *Notes* item;', '', '2. *Recalls* paragraph 1 above.', ''));
      assert.deepEqual(service.runCommand('renumberAll', document, { line: 0, character: 0 }), { edits: [] });
    });
  });

  describe('property: Renumber all after shuffling or deleting paragraphs', () => {
    const verbs = ['Welcomes', 'Requests', 'Invites', 'Encourages', 'Urges', 'Notes', 'Calls upon', 'Decides'];
    /** Paragraph k cites an earlier paragraph (by its original number) when `cites[k]` says so. */
    const draftArbitrary = fc.record({
      count: fc.integer({ min: 1, max: 12 }),
      subs: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 12, maxLength: 12 }),
      cites: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 12, maxLength: 12 }),
    });
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('shuffle' as const), seed: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }) }),
      fc.record({ kind: fc.constant('delete' as const), index: fc.nat() }),
    );

    /** Each paragraph as a block of text, numbered as first written; sub-items lettered from (a). */
    function paragraphBlocks(draft: { count: number; subs: number[]; cites: (number | undefined)[] }): { id: number; text: string; cites?: number }[] {
      return Array.from({ length: draft.count }, (_, k) => {
        const cites = k > 0 && draft.cites[k] !== undefined ? (draft.cites[k]! % k) + 1 : undefined;
        const tail = cites ? `, as set out in paragraph ${cites} above` : '';
        const subs = Array.from({ length: draft.subs[k] }, (_, j) => `(${String.fromCharCode(97 + j)}) To act on matter ${k}-${j};`);
        const head = `${k + 1}. *${verbs[k % verbs.length]}* body ${k}${tail}${subs.length ? ':' : ';'}`;
        return { id: k, cites, text: [head, ...subs].join('\n\n') };
      });
    }

    const masked = (text: string) => text.replace(/\d+/g, '#').replace(/\([a-z]+\)/g, '(#)');

    it('yields no numbering diagnostic and changes only numbers; references follow their paragraphs', function () {
      // A hundred drafts parsed twice each: more than mocha's default two seconds on a busy machine.
      this.timeout(30000);
      fc.assert(
        fc.property(draftArbitrary, mutation, (draft, change) => {
          let blocks = paragraphBlocks(draft);
          if (change.kind === 'shuffle') {
            blocks = blocks.map((b, i) => ({ b, key: change.seed[i] })).sort((x, y) => x.key - y.key).map((x) => x.b);
          } else if (blocks.length > 1) {
            const gone = blocks[change.index % blocks.length].id;
            blocks = blocks.filter((b) => b.id !== gone);
          }
          const mutated = lines(...header, blocks.map((b) => b.text).join('\n\n'), '');
          const renumbered = afterRenumberAll(doc(mutated));
          const result = doc(renumbered);
          assert.deepEqual(numberingDiagnostics(result), []);
          assert.equal(masked(renumbered), masked(mutated));
          // Each reference now names the new number of the paragraph it cited (a deleted one's is left for the warning).
          const position = new Map(blocks.map((b, i) => [b.id, i + 1]));
          for (const [, id, cited] of renumbered.matchAll(/\* body (\d+), as set out in paragraph (\d+) above/g)) {
            const target = blocks.find((b) => b.id === Number(id))!.cites! - 1;
            if (position.has(target)) assert.equal(Number(cited), position.get(target));
          }
        }),
        { numRuns: 100 },
      );
    });
  });
});
