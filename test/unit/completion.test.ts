import * as assert from 'node:assert/strict';
import type { CompletionItem, Position } from 'vscode-languageserver-types';
import { doc, lines, service } from '../helpers';

const draft = lines(
  'Draft resolution I', //                                    0
  '',
  'Strengthening cooperation against crime', //               2
  '',
  'The General Assembly,', //                                 4
  '',
  'Recalling its resolution 70/1 of 25 September 2015,', //   6
  '',
  'Noting the report of the Secretary-General (E/CN.15/2014/6),', // 8
  '',
  '1. *Requests* the Secretary-General to report;', //        10
  '',
  '2. *Decides* to continue;', //                            12
  '',
  '3. ', //                                                  14
);

function labels(text: string, position: Position): string[] {
  return service.getCompletions(doc(text), position).map((item) => item.label);
}

function itemFor(text: string, position: Position, label: string): CompletionItem {
  const found = service.getCompletions(doc(text), position).find((item) => item.label === label);
  assert.ok(found, `no completion ${label}`);
  return found;
}

describe('completion', () => {
  describe('at the start of an operative paragraph', () => {
    const at = { line: 14, character: 3 };

    it('offers operative phrases in italics', () => {
      const item = itemFor(draft, at, 'Requests');
      assert.equal(item.textEdit?.newText, '*Requests* ');
      assert.deepEqual((item.textEdit as { range: unknown }).range, { start: at, end: at });
      assert.ok(labels(draft, at).includes('Takes note with appreciation'));
    });

    it('offers Also and Further forms only of verbs used earlier in the resolution', () => {
      const offered = labels(draft, at);
      for (const label of ['Also requests', 'Further requests', 'Also decides', 'Further decides']) assert.ok(offered.includes(label), label);
      for (const label of ['Also invites', 'Further urges', 'Also takes note']) assert.ok(!offered.includes(label), label);
    });

    it('ranks the next use of a verb first', () => {
      const item = itemFor(draft, at, 'Also requests');
      assert.ok(item.sortText! < itemFor(draft, at, 'Invites').sortText!);
    });

    it('offers no preambular opener', () => {
      const offered = labels(draft, at);
      for (const label of ['Recalling', 'Noting with concern', 'Bearing in mind']) assert.ok(!offered.includes(label), label);
    });

    it('replaces what is typed, asterisk included', () => {
      const text = draft.replace(/3\. $/, '3. *Req');
      const position = { line: 14, character: 7 };
      const item = itemFor(text, position, 'Requests');
      assert.equal(item.filterText, '*Requests');
      assert.deepEqual((item.textEdit as { range: unknown }).range, { start: { line: 14, character: 3 }, end: position });
    });

    it('knows only the verbs used before the cursor', () => {
      const text = draft.replace('2. *Decides* to continue;', '2. ');
      assert.ok(!labels(text, { line: 12, character: 3 }).includes('Also decides'));
      assert.ok(labels(text, { line: 12, character: 3 }).includes('Also requests'));
    });
  });

  describe('at the start of a preambular paragraph', () => {
    const afterOrgan = lines(...draft.split('\n').slice(0, 5), '', '');
    const inPreamble = draft.replace('Noting the report', '\nNoting the report');

    it('offers preambular openers after the organ line', () => {
      const offered = labels(afterOrgan, { line: 6, character: 0 });
      for (const label of ['Recalling', 'Bearing in mind', 'Noting with concern', 'Deeply concerned']) assert.ok(offered.includes(label), label);
      assert.ok(!offered.includes('Recalling also'));
    });

    it('offers the also and further forms of openers already used', () => {
      const offered = labels(inPreamble, { line: 8, character: 0 });
      for (const label of ['Recalling', 'Recalling also', 'Recalling further']) assert.ok(offered.includes(label), label);
      assert.ok(!offered.includes('Noting also'));
    });

    it('offers no operative phrase', () => {
      const offered = labels(inPreamble, { line: 8, character: 0 });
      for (const label of ['Requests', 'Decides', 'Also requests', 'Takes note']) assert.ok(!offered.includes(label), label);
    });

    it('gives an unnumbered line after the last preambular paragraph the preambular openers', () => {
      const text = draft.replace('1. *Requests*', '\n1. *Requests*');
      const offered = labels(text, { line: 10, character: 0 });
      assert.ok(offered.includes('Recalling'));
      assert.ok(!offered.includes('Requests'));
    });

    it('inserts plain openers, or italic ones after an asterisk', () => {
      assert.equal(itemFor(afterOrgan, { line: 6, character: 0 }, 'Recalling').textEdit?.newText, 'Recalling ');
      const typed = lines(...draft.split('\n').slice(0, 5), '', '*Rec');
      assert.equal(itemFor(typed, { line: 6, character: 4 }, 'Recalling').textEdit?.newText, '*Recalling* ');
    });

    it('places a trailing adverb before a closing preposition', () => {
      const text = lines(...draft.split('\n').slice(0, 5), '', 'Guided by the Charter,', '', '');
      assert.ok(labels(text, { line: 8, character: 0 }).includes('Guided also by'));
    });

    it('offers nothing on a line after the operative part began, nor before the organ line', () => {
      assert.deepEqual(labels(draft, { line: 11, character: 0 }), []);
      assert.deepEqual(labels(draft, { line: 3, character: 0 }), []);
    });
  });

  describe('inside text', () => {
    const typing = (tail: string) => draft.replace(/3\. $/, `3. *Invites* Member States to read ${tail}`);
    const end = (tail: string) => ({ line: 14, character: `3. *Invites* Member States to read ${tail}`.length });

    it('offers the document symbols and resolutions cited in the file', () => {
      const offered = labels(typing('E/CN'), end('E/CN'));
      assert.ok(offered.includes('E/CN.15/2014/6'));
      assert.ok(offered.includes('resolution 70/1'));
      assert.ok(!offered.includes('Requests'));
    });

    it('offers resolution numbers after the word resolution', () => {
      const item = itemFor(typing('resolution 7'), end('resolution 7'), '70/1');
      assert.equal(item.textEdit?.newText, '70/1');
      assert.deepEqual((item.textEdit as { range: { start: Position } }).range.start, { line: 14, character: end('resolution 7').character - 1 });
    });

    it('offers no references at the start of a paragraph', () => {
      assert.ok(!labels(draft, { line: 14, character: 3 }).includes('E/CN.15/2014/6'));
    });
  });
});
