/**
 * References to other documents in the text: document symbols (`A/RES/70/1`,
 * `E/CN.15/2014/6`, `A/CONF.222/RPM.1/1`) and resolution numbers (`resolution 56/119`,
 * `resolutions 66/179, 67/184 and 68/185`, `resolution [70/1](#)`), with the organ named
 * just before them, so that links and completion can tell whose resolution it is.
 */
import { lineText, type DocumentModel, type Range } from '../model';

export interface SymbolReference {
  /** As written, without a trailing full stop: `A/RES/70/1`, `S/RES/2524(2020)`. */
  readonly symbol: string;
  readonly range: Range;
}

/** Who adopted a referenced resolution, as far as the words before it say. */
export type ReferencedOrgan =
  | 'generalAssembly' // General Assembly resolution 70/1
  | 'economicAndSocialCouncil' // Economic and Social Council resolution 2013/40
  | 'own' // its resolution 56/119: the organ of the resolution that cites it
  | 'other' // Commission on Narcotic Drugs resolution 52/13, Security Council resolution …
  | 'unnamed'; // resolution 70/1

export interface ResolutionReference {
  /** `56/119`, `2013/40`, `S-26/2`. */
  readonly number: string;
  /** The number only. */
  readonly range: Range;
  readonly organ: ReferencedOrgan;
}

export interface DocumentReferences {
  readonly symbols: readonly SymbolReference[];
  readonly resolutions: readonly ResolutionReference[];
}

// An organ prefix in capitals, then slash-separated parts; one part at least holds a digit.
// Security Council symbols carry their year: `S/RES/2524 (2020)`.
const symbolPattern = /(?<![\p{L}\p{N}/.-])([A-Z]{1,8}(?:\/[A-Za-z0-9][A-Za-z0-9.-]*)+)(?: \((\d{4})\))?/gu;
const resolutionList = /\bresolutions?\s+((?:\[?(?:S-)?\d{1,4}\/\d{1,4}\](?:\([^)]*\))?|(?:S-)?\d{1,4}\/\d{1,4})(?:\s[A-Z]\b)?(?:(?:,\s*|\s+and\s+)(?:\[?(?:S-)?\d{1,4}\/\d{1,4}\]?(?:\([^)]*\))?)(?:\s[A-Z]\b)?)*)/g;
const resolutionNumber = /(?:S-)?\d{1,4}\/\d{1,4}/g;

const organBefore: [RegExp, ReferencedOrgan][] = [
  [/General Assembly\s*$/, 'generalAssembly'],
  [/Economic and Social Council\s*$/, 'economicAndSocialCouncil'],
  [/\b(?:its|their)\s*$/, 'own'],
  [/(?:Council|Commission|Conference|Committee|Board|Assembly|Congress|Organization|Forum|Drugs|Justice|Rights|Parties)\s*$/, 'other'],
];

const cache = new WeakMap<DocumentModel, DocumentReferences>();

export function documentReferences(model: DocumentModel): DocumentReferences {
  let references = cache.get(model);
  if (!references) cache.set(model, (references = scan(model)));
  return references;
}

function scan(model: DocumentModel): DocumentReferences {
  const symbols: SymbolReference[] = [];
  const resolutions: ResolutionReference[] = [];
  for (let line = 0; line < model.lineStarts.length; line++) {
    const text = lineText(model, line);
    const span = (start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });
    for (const m of text.matchAll(symbolPattern)) {
      const written = m[1].replace(/[.-]+$/, '');
      if (!/\d/.test(written)) continue;
      const year = m[2] && written.startsWith('S/') && written.length === m[1].length ? m[2] : undefined;
      const end = m.index! + (year ? m[0].length : written.length);
      symbols.push({ symbol: year ? `${written}(${year})` : written, range: span(m.index!, end) });
    }
    for (const m of text.matchAll(resolutionList)) {
      const before = text.slice(Math.max(0, m.index! - 60), m.index!);
      const organ = organBefore.find(([pattern]) => pattern.test(before))?.[1] ?? 'unnamed';
      const listStart = m.index! + m[0].length - m[1].length;
      for (const n of m[1].matchAll(resolutionNumber)) {
        resolutions.push({ number: n[0], range: span(listStart + n.index!, listStart + n.index! + n[0].length), organ });
      }
    }
  }
  return { symbols, resolutions };
}
