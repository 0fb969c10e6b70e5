/**
 * Footnote markers and bodies within a line: superscript runs (`¹⁰²`), TeX-style
 * `^{29,30}`, Markdown `[^12]`, a `*` after a word, lettered table notes `^a`, and the
 * bodies that open with such a label. Also the plain-digit markers of PDF conversions,
 * which are never markers in the model (they cannot be told from numbers) but can be
 * offered as candidates for a footnote that nothing references.
 */
import type { FootnoteBody, FootnoteMarker, FootnoteStyle } from '../model';
import { fromLetters, fromSuperscript, toSuperscript } from '../numbering';

const markerPattern = /([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\^\{([\d,\s]+)(?=[}\s,]|$)|\[\^(\d{1,4})\](?!:)|\^([a-z])(?=[\s.,;:)]|$)/g;
// `50 km²`, `5 m³`: a unit's exponent, not a footnote.
const unitBefore = /\d\s?[kcmd]?m$/;

/** Markers in `text` (a whole line), skipping the first `from` characters (a body's own label). */
export function scanMarkers(text: string, line: number, from: number, out: FootnoteMarker[]): void {
  if (text.includes('*')) scanStarMarkers(text, line, from, out);
  if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹^]/.test(text)) return;
  const span = (start: number, length: number) => ({ start: { line, character: start }, end: { line, character: start + length } });
  markerPattern.lastIndex = from;
  for (let m = markerPattern.exec(text); m; m = markerPattern.exec(text)) {
    if (m[1] !== undefined) {
      // The unit is at most four characters: test only those, not the whole line before.
      if (/^[²³]$/.test(m[1]) && unitBefore.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      out.push({ number: fromSuperscript(m[1]), text: m[1], range: span(m.index, m[1].length), style: 'superscript' });
    } else if (m[2] !== undefined) {
      // `^{29,30}` references two footnotes: one marker per number.
      for (const d of texNumbers(m[2], m.index + 2)) out.push({ number: Number(d.text), text: d.text, range: span(d.start, d.text.length), style: 'tex' });
    } else if (m[3] !== undefined) {
      out.push({ number: Number(m[3]), text: m[3], range: span(m.index + 2, m[3].length), style: 'markdown' });
    } else if (m[4] !== undefined) {
      out.push({ number: fromLetters(m[4])!, text: m[4], range: span(m.index + 1, 1), style: 'letter' });
    }
  }
}

function texNumbers(inside: string, base: number): { text: string; start: number }[] {
  return [...inside.matchAll(/\d+/g)].map((d) => ({ text: d[0], start: base + d.index! }));
}

/**
 * A lone `*` right after a word or punctuation is a marker (`Report of the Commission*`);
 * the asterisks of `*italics*` and `**bold**` are not.
 */
function scanStarMarkers(text: string, line: number, from: number, out: FootnoteMarker[]): void {
  let italicOpen = false;
  for (const m of text.slice(from).matchAll(/\*+/g)) {
    const at = from + m.index!;
    const before = text[at - 1] ?? ' ';
    const after = text[at + m[0].length] ?? ' ';
    if (m[0].length !== 1) continue;
    if (italicOpen) italicOpen = false;
    else if (/\S/.test(after) && !/[.,;:)”’]/.test(after) && /[\s(“‘]/.test(before)) italicOpen = true;
    else if (/\S/.test(before) && /[\s.,;:)]/.test(after)) {
      out.push({ number: 1, text: '*', range: { start: { line, character: at }, end: { line, character: at + 1 } }, style: 'star' });
    }
  }
}

/** A group `^{29,30}` (or a broken `^{17 &quot;`) around `column`, with the superscripts it stands for. */
export function texGroupAt(text: string, column: number): { start: number; end: number; superscripts: string } | undefined {
  // A group holds no `^`: only the last `^{` at the column or before it can hold the column,
  // or, when a group starts right at the column, the one before that ends there.
  const last = text.lastIndexOf('^{', column);
  const candidates = last === column && column > 0 ? [text.lastIndexOf('^{', column - 1), last] : [last];
  for (const start of candidates) {
    if (start < 0) continue;
    texGroup.lastIndex = start;
    const m = texGroup.exec(text);
    if (!m || column > start + m[0].length) continue;
    const numbers = texNumbers(m[1], start + 2).map((d) => toSuperscript(Number(d.text)));
    return { start, end: m[2] ? start + m[0].length : start + 2 + m[1].trimEnd().length, superscripts: numbers.join(' ') };
  }
  return undefined;
}

const texGroup = /\^\{([\d,\s]+)(\})?/y;

/**
 * Where `number` may stand as a plain-digit marker in `text`: after punctuation and a
 * space (`Secretary-General; 19`), glued to punctuation (`Council,4`) or to a year
 * (`in 20242 and`). Column spans of what the superscript would replace.
 */
export function plainMarkerCandidates(text: string, number: number): { start: number; end: number }[] {
  const n = String(number);
  const end = '(?=$|[\\s,;.])';
  const patterns = [
    new RegExp(`[;,:)”’](\\s${n})${end}`, 'g'),
    new RegExp(`[;,:)”’](${n})${end}`, 'g'),
    new RegExp(`(?<=(?:^|\\s)(?!No\\.|vol\\.)\\S+\\s(?:19[4-9]\\d|20[0-4]\\d))(${n})${end}`, 'g'),
  ];
  return patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index! + m[0].length - m[1].length, end: m.index! + m[0].length })),
  );
}

const bodyPattern = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$|^\[\^(\d{1,4})\]:\s*(.*)$|^(\*|\^[a-z])\s+(\S.*)$/;

export interface BodyLabel {
  readonly number: number;
  readonly labelText: string;
  /** Column span of the number within the line. */
  readonly start: number;
  readonly end: number;
  /** Column where the footnote text begins. */
  readonly textStart: number;
  readonly style: FootnoteStyle;
}

/** If `content` (starting at column `col`) opens a footnote body, its label. */
export function readBodyLabel(content: string, col: number): BodyLabel | undefined {
  const m = bodyPattern.exec(content);
  if (!m) return undefined;
  if (m[1] !== undefined) {
    return {
      number: fromSuperscript(m[1]),
      labelText: m[1],
      start: col,
      end: col + m[1].length,
      textStart: col + content.indexOf(m[2], m[1].length),
      style: 'superscript',
    };
  }
  if (m[5] !== undefined) {
    // `* Reissued …` or `^a Economic and Social Council …`: the label is the star or the letter.
    const star = m[5] === '*';
    return {
      number: star ? 1 : fromLetters(m[5][1])!,
      labelText: m[5],
      start: col + (star ? 0 : 1),
      end: col + m[5].length,
      textStart: col + content.indexOf(m[6], m[5].length),
      style: star ? 'star' : 'letter',
    };
  }
  return {
    number: Number(m[3]),
    labelText: `[^${m[3]}]:`,
    start: col + 2,
    end: col + 2 + m[3].length,
    textStart: col + content.length - m[4].length,
    style: 'markdown',
  };
}

/** How many characters of the label stand before the number (`[^` of `[^12]:`, `^` of `^a`). */
const labelLead: Partial<Record<FootnoteStyle, number>> = { markdown: 2, letter: 1 };

export function makeBody(label: BodyLabel, line: number, lineText: string): FootnoteBody {
  return {
    number: label.number,
    labelText: label.labelText,
    labelRange: { start: { line, character: label.start }, end: { line, character: label.end } },
    range: { start: { line, character: label.start - (labelLead[label.style] ?? 0) }, end: { line, character: lineText.length } },
    text: lineText.slice(label.textStart).trim(),
    style: label.style,
  };
}
