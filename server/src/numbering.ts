/**
 * Numerals and label sequences shared by the parser, the numbering checks and the
 * renumbering edits: roman numerals, letter runs (a … z, aa, bb …) and their values.
 */
import type { LabelStyle } from './model';

const romanTable: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [n, s] of romanTable) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** Value of a well-formed lower- or upper-case roman numeral, or undefined. */
export function fromRoman(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return undefined;
  let value = 0;
  for (let i = 0; i < lower.length; i++) {
    const current = romanValue(lower[i]);
    const next = i + 1 < lower.length ? romanValue(lower[i + 1]) : 0;
    value += current < next ? -current : current;
  }
  // Reject malformed numerals such as "iiii" or "vx" by round-tripping.
  return value > 0 && toRoman(value) === lower ? value : undefined;
}

function romanValue(ch: string): number {
  switch (ch) {
    case 'i': return 1;
    case 'v': return 5;
    case 'x': return 10;
    case 'l': return 50;
    case 'c': return 100;
    case 'd': return 500;
    default: return 1000;
  }
}

/** `a` → 1 … `z` → 26, `aa` → 27, `bb` → 28 (the UN doubling convention). */
export function fromLetters(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (!/^([a-z])\1*$/.test(lower)) return undefined;
  return (lower.length - 1) * 26 + (lower.charCodeAt(0) - 96);
}

export function toLetters(value: number): string {
  const round = Math.floor((value - 1) / 26);
  return String.fromCharCode(97 + ((value - 1) % 26)).repeat(round + 1);
}

/** Writes `value` in `style`: 4 → `4`, `d`, `iv`, `D`, `IV`. */
export function formatLabel(value: number, style: LabelStyle): string {
  switch (style) {
    case 'arabic': return String(value);
    case 'letter': return toLetters(value);
    case 'roman': return toRoman(value);
    case 'upperLetter': return toLetters(value).toUpperCase();
    case 'upperRoman': return toRoman(value).toUpperCase();
  }
}

/** The readings a lower-case label allows: `i` is the ninth letter or roman one. */
export function readLowerLabel(text: string): { style: LabelStyle; value: number }[] {
  const readings: { style: LabelStyle; value: number }[] = [];
  const letter = fromLetters(text);
  if (letter !== undefined) readings.push({ style: 'letter', value: letter });
  const roman = fromRoman(text);
  if (roman !== undefined && text === text.toLowerCase()) readings.push({ style: 'roman', value: roman });
  return readings;
}

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function isSuperscriptDigit(ch: string): boolean {
  return superscriptDigits.includes(ch);
}

export function fromSuperscript(text: string): number {
  let value = 0;
  for (const ch of text) value = value * 10 + superscriptDigits.indexOf(ch);
  return value;
}

export function toSuperscript(value: number): string {
  return String(value).replace(/\d/g, (d) => superscriptDigits[Number(d)]);
}
