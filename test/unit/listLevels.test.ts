import * as assert from 'node:assert/strict';
import type { Node } from '../../server/src/model';
import { placeLabel, type ListLevel } from '../../server/src/parse/listLevels';
import { readLowerLabel } from '../../server/src/numbering';

const node = { kind: 'subparagraph', name: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, selectionRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, children: [] } as Node;
const level = (style: ListLevel['style'], last: number): ListLevel => ({ style, decoration: 'paren', parent: node, sequence: { kind: 'subparagraph', items: [] }, last, lastItem: node });

describe('placing a sub-paragraph label', () => {
  it('reads (i) after (h) as the next letter', () => {
    assert.deepEqual(placeLabel([level('letter', 8)], readLowerLabel('i'), 'paren', false), { level: 0, reading: { style: 'letter', value: 9 } });
  });

  it('opens a roman run with (i) under (a), and after an item ending with a colon even after (h)', () => {
    assert.deepEqual(placeLabel([level('letter', 1)], readLowerLabel('i'), 'paren', false), { opens: { style: 'roman', value: 1 }, kind: 'subparagraph' });
    assert.deepEqual(placeLabel([level('letter', 8)], readLowerLabel('i'), 'paren', true), { opens: { style: 'roman', value: 1 }, kind: 'subparagraph' });
  });

  it('goes back out to the letters after a roman run: (c) after (ii)', () => {
    assert.deepEqual(placeLabel([level('letter', 2), level('roman', 2)], readLowerLabel('c'), 'paren', false), { level: 0, reading: { style: 'letter', value: 3 } });
  });

  it('keeps a slip in its own run: (d) after (b) is a gap in the letters, not a new list', () => {
    assert.deepEqual(placeLabel([level('letter', 2)], readLowerLabel('d'), 'paren', false), { level: 0, reading: { style: 'letter', value: 4 } });
  });

  it('never nests a style inside the same style: (a) again after (c) is a repeat', () => {
    assert.deepEqual(placeLabel([level('letter', 3)], readLowerLabel('a'), 'paren', false), { level: 0, reading: { style: 'letter', value: 1 } });
  });

  it('tells styles apart by their decoration: a. opens its own run under (a)', () => {
    assert.deepEqual(placeLabel([level('letter', 1)], readLowerLabel('a'), 'dot', false), { opens: { style: 'letter', value: 1 }, kind: 'subparagraph' });
  });
});
