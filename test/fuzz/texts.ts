/**
 * Hostile texts for the fuzz suites: real text (the corpus, else the samples) cut, pasted
 * and sprinkled with what users type and paste (stray superscripts, brackets, numbers,
 * `\r\n`, NUL and control characters, lone surrogates); random drafts whose numbering and
 * footnotes slip; and a few extremes built once (a 1 MB line, 10 000 footnotes …).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { toRoman, toSuperscript } from '../../server/src/numbering';
import { corpusFiles, repoRoot } from '../helpers';

/** The corpus when it is there, and the project's own samples always. */
export function sourceTexts(): string[] {
  const samples = path.join(repoRoot, 'samples');
  const own = readdirSync(samples).sort().map((name) => readFileSync(path.join(samples, name), 'utf8'));
  return [...corpusFiles().map((f) => f.text), ...own];
}

const controlCharacter = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const superscripts = fc.array(fc.constantFrom(...'⁰¹²³⁴⁵⁶⁷⁸⁹'), { minLength: 1, maxLength: 4 }).map((d) => d.join(''));

/** Fragments a drafter types or pastes, structure included. */
const fragment = fc.oneof(
  superscripts,
  fc.constantFrom('^{12}', '^{3,4}', '^{', '[^3]', '[^4]: Note.', '^a', '*', '**', '* ', '(', ')', '[', ']', '{', '}', '“', '”', '’'),
  fc.constantFrom('1. ', '2.', '(a) ', '(b)', '(i) ', '(iv)', 'a. ', 'ii. ', 'IV. ', 'B. ', '10000. ', '(zz) ', '(a)(b)(c)'),
  fc.constantFrom('\r\n', '\r', '\n', '\n\n', '\r\n\r\n', '\t', '\u00a0', '\u2028', '\ufeff', '\u200b', ' '),
  fc.constantFrom('Chapter I\n', 'Chapter IX\n\n', 'Draft resolution II\n\n', 'Draft decision\n', 'Annex\n\n', 'Rule 3\n', 'Resolution 27/1\n'),
  fc.constantFrom('The General Assembly,\n\n', 'The Economic and Social Council:\n', '*Requests* ', 'Recalling ', '*Also decides* ', 'In favour:'),
  fc.integer({ min: 0, max: 99999 }).map(String),
  controlCharacter,
  loneSurrogate,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

/** One change: an insertion, a cut, a paste of a slice elsewhere, or line ends turned to `\r\n`. */
type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'paste'; from: number; length: number; at: number }
  | { kind: 'crlf'; at: number; length: number };

const offset = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: offset, text: fragment }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: offset, length: fc.integer({ min: 0, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paste' as const), from: offset, length: fc.integer({ min: 0, max: 600 }), at: offset }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('crlf' as const), at: offset, length: fc.integer({ min: 0, max: 2000 }) }) },
);

function mutate(text: string, change: Mutation): string {
  const at = change.at % (text.length + 1);
  switch (change.kind) {
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'cut':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'paste': {
      const from = text.length === 0 ? 0 : change.from % text.length;
      return text.slice(0, at) + text.slice(from, from + change.length) + text.slice(at);
    }
    case 'crlf':
      return text.slice(0, at) + text.slice(at, at + change.length).replace(/\r?\n/g, '\r\n') + text.slice(at + change.length);
  }
}

/** A window of whole lines of one source text: most cases need not be a whole report. */
function windowOf(sources: readonly string[]): fc.Arbitrary<string> {
  return fc.record({ source: fc.nat(), start: fc.nat(), lines: fc.integer({ min: 1, max: 400 }), whole: fc.boolean() }).map((w) => {
    const text = sources[w.source % sources.length];
    if (w.whole && w.lines < 20) return text;
    const lines = text.split('\n');
    const start = w.start % lines.length;
    return lines.slice(start, start + w.lines).join('\n');
  });
}

/** Real or random text, then up to a dozen hostile changes. */
export function hostileText(sources: readonly string[]): fc.Arbitrary<string> {
  const base = fc.oneof({ weight: 3, arbitrary: windowOf(sources) }, { weight: 2, arbitrary: randomDraft() }, { weight: 1, arbitrary: fc.string({ maxLength: 200 }) });
  return fc.tuple(base, fc.array(mutation, { maxLength: 12 })).map(([text, changes]) => changes.reduce(mutate, text));
}

// ---- random drafts ----------------------------------------------------------------------

const preambularOpeners = ['Recalling', 'Reaffirming also', 'Noting with concern', 'Bearing in mind', 'Guided by', 'Recognizing', 'Deeply concerned'];
const operativePhrases = ['Requests', 'Also requests', 'Invites', 'Encourages', 'Decides', 'Takes note with appreciation', 'Urges', 'Welcomes', 'Request', 'Invite'];
const words = ['the report', 'of the Secretary-General', 'Member States', 'on the implementation', 'of resolution 70/1', 'the United Nations', 'Office on Drugs and Crime', 'to continue'];
const endings = [',', ';', '.', '', ':', '; and', '.”'];

/** A number that usually counts on from `expected` and sometimes slips. */
const slipping = (expected: number, slip: number) => (slip % 7 === 0 ? expected + (slip % 3) - 1 : expected);

interface DraftChoices {
  readonly resolutions: readonly {
    readonly preambles: readonly { opener: number; words: number; ending: number; footnote: boolean }[];
    readonly operatives: readonly { phrase: number; italic: boolean; words: number; ending: number; slip: number; footnote: boolean; items: readonly number[] }[];
    readonly slip: number;
  }[];
  readonly chapter: boolean;
  readonly footnoteSlips: readonly number[];
}

const draftChoices: fc.Arbitrary<DraftChoices> = fc.record({
  resolutions: fc.array(
    fc.record({
      preambles: fc.array(fc.record({ opener: fc.nat(), words: fc.nat(), ending: fc.nat(), footnote: fc.boolean() }), { maxLength: 5 }),
      operatives: fc.array(
        fc.record({
          phrase: fc.nat(), italic: fc.boolean(), words: fc.nat(), ending: fc.nat(), slip: fc.nat(), footnote: fc.boolean(),
          items: fc.array(fc.nat(), { maxLength: 5 }),
        }),
        { maxLength: 7 },
      ),
      slip: fc.nat(),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  chapter: fc.boolean(),
  footnoteSlips: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
});

/** A draft report or resolution whose numbering, punctuation, phrases and footnotes may slip. */
export function randomDraft(): fc.Arbitrary<string> {
  return draftChoices.map(renderDraft);
}

function renderDraft(choices: DraftChoices): string {
  const out: string[] = [];
  const bodies: string[] = [];
  let footnote = 0;
  const pick = <T>(list: readonly T[], n: number) => list[n % list.length];
  const mark = () => {
    footnote++;
    const number = slipping(footnote, choices.footnoteSlips[footnote % choices.footnoteSlips.length]);
    bodies.push(`${toSuperscript(Math.max(1, number))} See ${pick(words, footnote)}.`);
    return toSuperscript(Math.max(1, number));
  };
  const sentence = (n: number) => [pick(words, n), pick(words, n >> 3), pick(words, n >> 6)].slice(0, 1 + (n % 3)).join(' ');
  const flush = () => out.push(...bodies.splice(0).flatMap((b) => [b, '']));
  if (choices.chapter) out.push('Chapter I', '', 'Matters calling for action', '', 'A. Draft resolutions', '');
  choices.resolutions.forEach((resolution, r) => {
    out.push(`Draft resolution ${toRoman(slipping(r + 1, resolution.slip))}`, '', `Title of draft ${r + 1}`, '', 'The General Assembly,', '');
    for (const p of resolution.preambles) {
      out.push(`${pick(preambularOpeners, p.opener)} ${sentence(p.words)}${p.footnote ? mark() : ''}${pick(endings, p.ending)}`, '');
    }
    flush();
    resolution.operatives.forEach((o, i) => {
      const phrase = o.italic ? `*${pick(operativePhrases, o.phrase)}*` : pick(operativePhrases, o.phrase);
      out.push(`${slipping(i + 1, o.slip)}. ${phrase} ${sentence(o.words)}${o.footnote ? mark() : ''}${o.items.length ? ':' : pick(endings, o.ending)}`, '');
      o.items.forEach((item, k) => out.push(`(${String.fromCharCode(97 + slipping(k, item))}) ${sentence(item)}${pick(endings, item)}`, ''));
    });
    flush();
  });
  return out.join('\n');
}

// ---- extremes ---------------------------------------------------------------------------

/** Inputs at the limits, each built once: they must be answered, and within a bound. */
export function extremeTexts(sources: readonly string[]): { name: string; text: string }[] {
  const joined = sources.join('\n');
  const oneLine = joined.replace(/[\r\n]+/g, ' ').repeat(Math.ceil(1_000_000 / joined.length)).slice(0, 1_000_000);
  const markers = Array.from({ length: 10_000 }, (_, i) => `word${toSuperscript(i + 1)}`).join(' ');
  const bodies = Array.from({ length: 10_000 }, (_, i) => `${toSuperscript(i + 1)} Footnote ${i + 1}.`).join('\n');
  const labels = ['(a)', '(i)', '1.', 'a.', '(A)', 'i.', '(1)', 'A.', 'I.'];
  const nested = Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i % 40)}${labels[i % labels.length]} Level ${i}:`).join('\n');
  return [
    { name: 'a 1 MB single line', text: oneLine },
    { name: '10 000 footnote markers and bodies', text: `Draft resolution\n\nTitle\n\nThe General Assembly,\n\n1. *Requests* ${markers};\n\n${bodies}\n` },
    { name: 'deeply nested sub-paragraph labels', text: `Draft resolution\n\nTitle\n\nThe General Assembly,\n\n1. *Decides*:\n\n${nested}\n` },
    { name: '20 000 numbered paragraphs that slip', text: Array.from({ length: 20_000 }, (_, i) => `${(i * 7) % 13 === 0 ? i : i + 1}. *Requests* x;`).join('\n\n') },
    { name: 'a long line of unclosed ^{ and brackets', text: '1. Text ' + '^{1 ( [ (a '.repeat(50_000) },
    { name: 'control characters, NUL and lone surrogates', text: Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(i % 3 === 0 ? i % 32 : 0xd800 + (i % 2048))).join('') },
    { name: 'carriage returns only', text: joined.replace(/\r?\n/g, '\r').slice(0, 300_000) },
    { name: '100 000 blank lines', text: '\n'.repeat(100_000) },
    { name: 'the empty document', text: '' },
  ];
}
