/**
 * Footnote markers and bodies within a line: superscript runs (`¹⁰²`), TeX-style
 * `^{29,30}`, Markdown `[^12]` and the bodies that open with such a label.
 */
import type { FootnoteBody, FootnoteMarker, FootnoteStyle } from '../model';
import { fromSuperscript } from '../numbering';

const markerPattern = /([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\^\{([\d,\s]+)(?=[}\s,]|$)|\[\^(\d{1,4})\](?!:)/g;

/** Markers in `text` (a whole line), skipping the first `from` characters (a body's own label). */
export function scanMarkers(text: string, line: number, from: number, out: FootnoteMarker[]): void {
  if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹^]/.test(text)) return;
  markerPattern.lastIndex = from;
  for (let m = markerPattern.exec(text); m; m = markerPattern.exec(text)) {
    if (m[1] !== undefined) {
      const range = { start: { line, character: m.index }, end: { line, character: m.index + m[1].length } };
      out.push({ number: fromSuperscript(m[1]), text: m[1], range, style: 'superscript' });
    } else if (m[2] !== undefined) {
      // `^{29,30}` references two footnotes: one marker per number.
      const digits = /\d+/g;
      const base = m.index + 2;
      for (let d = digits.exec(m[2]); d; d = digits.exec(m[2])) {
        const start = base + d.index;
        out.push({
          number: Number(d[0]),
          text: d[0],
          range: { start: { line, character: start }, end: { line, character: start + d[0].length } },
          style: 'tex',
        });
      }
    } else if (m[3] !== undefined) {
      const start = m.index + 2;
      out.push({
        number: Number(m[3]),
        text: m[3],
        range: { start: { line, character: start }, end: { line, character: start + m[3].length } },
        style: 'markdown',
      });
    }
  }
}

const bodyPattern = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$|^\[\^(\d{1,4})\]:\s*(.*)$/;

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
  return {
    number: Number(m[3]),
    labelText: `[^${m[3]}]:`,
    start: col + 2,
    end: col + 2 + m[3].length,
    textStart: col + content.length - m[4].length,
    style: 'markdown',
  };
}

export function makeBody(label: BodyLabel, line: number, lineText: string): FootnoteBody {
  return {
    number: label.number,
    labelText: label.labelText,
    labelRange: { start: { line, character: label.start }, end: { line, character: label.end } },
    range: { start: { line, character: label.start - (label.style === 'markdown' ? 2 : 0) }, end: { line, character: lineText.length } },
    text: lineText.slice(label.textStart).trim(),
    style: label.style,
  };
}
