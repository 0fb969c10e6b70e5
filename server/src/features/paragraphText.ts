/**
 * The two ends of a paragraph's text that the drafting features read: where its opening
 * phrase starts (after the label) and how its last line ends (its terminal punctuation).
 */
import { lineText, type DocumentModel, type Node, type Position, type Range } from '../model';

export interface Opening {
  /** The first line's text after the label, asterisks included. */
  readonly text: string;
  readonly start: Position;
}

/** The text of a paragraph's first line after its label (`1. `, `(a) `, `b. `). */
export function openingText(model: DocumentModel, node: Node): Opening {
  const line = node.range.start.line;
  const text = lineText(model, line);
  let column = node.range.start.character;
  if (node.label) column = node.label.range.end.character + (node.label.decoration === 'none' ? 0 : 1);
  while (column < text.length && /\s/.test(text[column])) column++;
  return { text: text.slice(column), start: { line, character: column } };
}

export interface Ending {
  /** The closing punctuation as written: `,` `;` `.` `:` `; and` `; or`, or `` when there is none. */
  readonly mark: string;
  /** The mark's range; empty, where a mark belongs, when there is none. */
  readonly range: Range;
}

// Footnote markers and trailing space come after the punctuation: `held,¹`, `Council;^{12}`,
// and PDF conversions leave plain-digit markers: `Secretary-General; 19`, `Council,4`.
const trailingMarkers = /(?:[\s\u00a0]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{[^}]*\}|\[\^\d+\]|(?<=[.,;:]\s?)\d{1,3})+$/;
// What `trailingMarkers` can end with: a line ending otherwise (most do) is not scanned at all.
const mayEndInMarker = /[\s\u00a0⁰¹²³⁴⁵⁶⁷⁸⁹}\]\d]/;
// Closing quotes, brackets and italics may stand between the last word and the mark.
const closers = /[”’"')\]*]+$/;
const conjunction = /([;,])\s+(?:and|or)$/;

/** How the paragraph's own text (not its sub-paragraphs') ends. */
export function readEnding(model: DocumentModel, node: Node): Ending {
  const line = node.lines?.[node.lines.length - 1] ?? node.range.start.line;
  const written = lineText(model, line);
  const text = mayEndInMarker.test(written.slice(-1)) ? written.replace(trailingMarkers, '') : written;
  const at = (start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });
  const joined = conjunction.exec(text);
  if (joined) return { mark: `${joined[1]} ${text.slice(joined.index + 1).trim()}`, range: at(joined.index, text.length) };
  const core = text.replace(closers, '');
  const last = core.slice(-1);
  if (/[.,;:]/.test(last)) return { mark: last, range: at(core.length - 1, core.length) };
  return { mark: '', range: at(text.length, text.length) };
}

export interface OpeningPhrase {
  /** The opening text with the italics around its phrase removed: `*Also requests* the` → `Also requests the`. */
  readonly text: string;
  /** Where `text` starts in the document (after the asterisk when italic). */
  readonly start: Position;
  /** Length of the italic run, when the paragraph opens with one. */
  readonly italicLength?: number;
}

/** A paragraph's opening phrase region, read without its italics markers. */
export function openingPhrase(model: DocumentModel, node: Node): OpeningPhrase {
  const opening = openingText(model, node);
  const italic = /^\*(?!\*)([^*]+)\*/.exec(opening.text);
  if (!italic) return opening;
  const start = { line: opening.start.line, character: opening.start.character + 1 };
  return { text: italic[1] + opening.text.slice(italic[0].length), start, italicLength: italic[1].length };
}
