/** Places in a document drawn from two numbers: often an awkward one (a marker, a line end, past the end). */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';

/** A probe: two numbers that pick a place in the text, often an awkward one. */
export type Probe = readonly [number, number];

export function probePosition(document: TextDocument, lengths: readonly number[], [a, b]: Probe): Position {
  const line = b % lengths.length;
  switch (a % 5) {
    case 0:
      return document.positionAt(b % (document.getText().length + 1));
    case 1: {
      // On a footnote marker or a number, where definition, hover and references have work to do.
      const text = document.getText();
      const spots = [...text.slice(0, 200_000).matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹\d^]/g)];
      return document.positionAt(spots.length ? spots[b % spots.length].index! : 0);
    }
    case 2:
      return { line: lengths.length + (b % 3), character: b % 50 };
    case 3:
      return { line, character: lengths[line] + 1 + (b % 5) };
    default:
      return { line, character: (a >> 3) % 2 ? 0 : lengths[line] };
  }
}
