/**
 * Where a sub-paragraph label goes among the open list levels of a paragraph. Each parent's
 * items form one sequence in one style, and the style and the nesting decide the level, not a
 * fixed order: `(i)` continues a letter run after `(h)`, and opens a roman run under `(a)` or
 * after an item that ends with a colon.
 */
import type { LabelDecoration, LabelStyle, Node, Sequence, SequenceKind } from '../model';

export interface ListLevel {
  readonly style: LabelStyle;
  readonly decoration: LabelDecoration;
  readonly parent: Node;
  readonly sequence: Sequence;
  last: number;
  lastItem: Node;
}

/** One way to read a label: `i` is the ninth letter or roman one. */
export interface Reading {
  readonly style: LabelStyle;
  readonly value: number;
}

/** The open level the label goes on (its index), or the level it opens under the latest item. */
export type Placement =
  | { readonly level: number; readonly reading: Reading }
  | { readonly opens: Reading; readonly kind: SequenceKind };

export function placeLabel(levels: readonly ListLevel[], readings: readonly Reading[], decoration: LabelDecoration, afterColon: boolean): Placement {
  const sameStyle = (level: ListLevel, reading: Reading) => reading.style === level.style && level.decoration === decoration;
  // 1. The next item of an open level, innermost first; but after a colon `(i)` opens a roman run even after `(h)`.
  const opensRoman = afterColon && readings.some((x) => x.style === 'roman' && x.value === 1);
  for (let k = levels.length - 1; k >= 0 && !opensRoman; k--) {
    const reading = readings.find((x) => sameStyle(levels[k], x) && x.value === levels[k].last + 1);
    if (reading) return { level: k, reading };
  }
  // 2. A first item opens a level under the latest item, unless an open level already has that style.
  const first = readings.find((x) => x.value === 1 && !levels.some((l) => sameStyle(l, x)));
  if (first) return { opens: first, kind: first.style === 'arabic' ? 'listItem' : 'subparagraph' };
  // 3. A slip (gap or repeat) in an open level of the same style.
  for (let k = levels.length - 1; k >= 0; k--) {
    const reading = readings.find((x) => sameStyle(levels[k], x));
    if (reading) return { level: k, reading };
  }
  // 4. Otherwise a new level, read in its most likely style.
  return { opens: readings.find((x) => x.style === 'letter') ?? readings[0], kind: 'subparagraph' };
}
