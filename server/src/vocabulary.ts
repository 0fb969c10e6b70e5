/**
 * The drafting vocabulary: preambular openers and operative phrases.
 * One data module shared by the parser, completion, the drafting checks, the
 * generated snippets and the generated TextMate grammar, so that they never drift apart.
 *
 * Pure data and string functions: no LSP imports.
 */
import { distance } from 'fastest-levenshtein';

/**
 * Standard preambular openers (present participles, adjectives and fixed phrases), with the
 * longer forms that drafters use as a unit ("Noting with concern", "Bearing in mind").
 * A text opener may add a leading adverb ("Further recalling") or a trailing one
 * ("Recalling also", "Guided also by"); see {@link matchPreambularOpener}.
 */
export const preambularOpeners: readonly string[] = [
  'Acknowledging', 'Acknowledging with appreciation', 'Acting', 'Acting under Chapter VII', 'Affirming',
  'Alarmed', 'Alarmed at', 'Alarmed by', 'Anxious', 'Appreciating', 'Approving', 'Aware', 'Aware of',
  'Bearing in mind', 'Being aware', 'Being convinced', 'Believing', 'Calling attention to', 'Cognizant of',
  'Commending', 'Committed', 'Concerned', 'Condemning', 'Confident', 'Conscious', 'Considering',
  'Contemplating', 'Convinced', 'Declaring', 'Deeply alarmed', 'Deeply appreciative', 'Deeply concerned',
  'Deeply conscious', 'Deeply convinced', 'Deeply disturbed', 'Deeply regretting', 'Deploring', 'Desiring',
  'Desirous of', 'Determined', 'Emphasizing', 'Encouraged', 'Encouraging', 'Endorsing', 'Exercising',
  'Expecting', 'Expressing', 'Expressing concern', 'Expressing deep concern', 'Expressing grave concern',
  'Expressing its appreciation', 'Expressing its gratitude', 'Expressing its satisfaction', 'Fulfilling',
  'Fully alarmed', 'Fully aware', 'Fully believing', 'Gravely concerned', 'Greatly concerned', 'Guided by',
  'Having adopted', 'Having considered', 'Having devoted attention', 'Having examined', 'Having heard',
  'Having received', 'Having regard to', 'Having reviewed', 'Having studied', 'Having taken note',
  'Highlighting', 'Inspired by', 'Keeping in mind', 'Looking forward', 'Mindful', 'Noting', 'Noting further',
  'Noting with appreciation', 'Noting with approval', 'Noting with concern', 'Noting with deep concern',
  'Noting with grave concern', 'Noting with regret', 'Noting with satisfaction', 'Observing',
  'Paying tribute', 'Persuaded', 'Pointing out', 'Profoundly concerned', 'Reaffirming', 'Realizing',
  'Recalling', 'Recognizing', 'Re-emphasizing', 'Referring', 'Regretting', 'Reiterating', 'Reminding',
  'Resolved', 'Respecting', 'Seeking', 'Seized of', 'Sharing', 'Stressing', 'Strongly condemning',
  'Supporting', 'Taking into account', 'Taking into consideration', 'Taking note',
  'Taking note with appreciation', 'Underlining', 'Underscoring', 'Upholding', 'Viewing with appreciation',
  'Welcoming', 'Wishing',
];

/**
 * Adverbs that may precede an operative verb ("Also requests", "Once again strongly urges") or a
 * preambular opener ("Further recalling", "Strongly determined").
 */
export const operativeAdverbs: readonly string[] = [
  'Also', 'Further', 'Again', 'Once again', 'Once more', 'Strongly', 'Further also', 'Also further', 'Firmly',
  'Also strongly', 'Further strongly', 'Again strongly', 'Once again strongly', 'Urgently', 'Also urgently',
  'Again urgently', 'Warmly', 'Fully', 'Deeply', 'Solemnly', 'Unequivocally', 'Categorically', 'Resolutely',
  'Emphatically', 'Earnestly', 'Respectfully', 'Finally',
];

/** Adverbs offered in completion before a base verb (the common ones, in order of use). */
export const commonOperativeAdverbs: readonly string[] = ['Also', 'Further', 'Again', 'Once again', 'Strongly', 'Further also'];

/** Adverbs that may follow a preambular opener or an operative verb ("Recalling also", "Decides further"). */
export const trailingAdverbs: readonly string[] = [
  'also', 'further', 'again', 'once again', 'in particular', 'also further', 'further also', 'moreover',
];

/** Base operative verbs and fixed verb phrases, third person singular. */
export const operativeVerbs: readonly string[] = [
  'Accepts', 'Acknowledges', 'Adopts', 'Advises', 'Affirms', 'Agrees', 'Appeals', 'Appoints', 'Appreciates',
  'Approves', 'Asks', 'Assures', 'Authorizes', 'Believes', 'Calls for', 'Calls on', 'Calls upon', 'Commends',
  'Commits', 'Concurs', 'Condemns', 'Confirms', 'Congratulates', 'Considers', 'Conveys', 'Decides',
  'Declares', 'Deems', 'Defers', 'Demands', 'Deplores', 'Designates', 'Determines', 'Directs',
  'Draws attention', 'Draws the attention', 'Elects', 'Emphasizes', 'Encourages', 'Endorses', 'Entrusts',
  'Establishes', 'Exhorts', 'Expresses', 'Extends', 'Highlights', 'Insists', 'Instructs', 'Invites',
  'Looks forward', 'Mandates', 'Notes', 'Pays tribute', 'Pledges', 'Proclaims', 'Reaffirms', 'Recalls',
  'Recognizes', 'Recommends', 'Regrets', 'Reiterates', 'Reminds', 'Renews', 'Requests', 'Resolves',
  'Salutes', 'Stresses', 'Supports', 'Takes into account', 'Takes into consideration', 'Takes note',
  'Transmits', 'Trusts', 'Underlines', 'Underscores', 'Undertakes', 'Urges', 'Welcomes',
];

/** Complements that may follow a base verb ("Takes note with appreciation", "Reiterates its invitation"). */
export const operativeComplements: readonly string[] = [
  'with appreciation', 'with deep appreciation', 'with concern', 'with deep concern', 'with grave concern',
  'with serious concern', 'with satisfaction', 'with interest', 'with regret', 'with approval',
  'with gratitude', 'its invitation', 'its request', 'its call', 'its appeal', 'its appreciation',
  'its deep appreciation', 'its sincere appreciation', 'its gratitude', 'its profound gratitude',
  'its sincere gratitude', 'its thanks', 'its concern', 'its deep concern', 'its grave concern',
  'its serious concern', 'its extreme concern', 'its satisfaction', 'its support', 'its full support',
  'its strong support', 'its commitment', 'its determination', 'its hope', 'its conviction', 'its condolences',
  'its readiness', 'its willingness', 'its condemnation', 'its strong condemnation', 'its recommendation',
  'its encouragement', 'appreciation', 'concern', 'deep concern', 'grave concern', 'gratitude', 'satisfaction',
  'support',
];

const noting = ['with appreciation', 'with concern', 'with deep concern', 'with satisfaction', 'with interest', 'with regret'];
const expressing = [
  'its appreciation', 'its gratitude', 'its profound gratitude', 'its concern', 'its deep concern',
  'its grave concern', 'its extreme concern', 'its satisfaction', 'its support', 'its hope', 'its condolences',
  'appreciation', 'concern',
];
const repeating = ['its request', 'its invitation', 'its call', 'its appeal', 'its commitment', 'its support'];

/** The complements that completion and snippets offer after each verb; matching accepts any complement. */
export const complementsByVerb: Readonly<Record<string, readonly string[]>> = {
  Acknowledges: ['with appreciation'],
  Expresses: expressing,
  Conveys: ['its appreciation', 'its gratitude', 'its condolences'],
  Extends: ['its appreciation', 'its gratitude'],
  Notes: noting,
  'Takes note': noting,
  Welcomes: ['with appreciation', 'with satisfaction'],
  Reiterates: [...repeating, 'its concern', 'its condemnation', 'its strong condemnation'],
  Renews: repeating,
  Recalls: ['its request', 'its invitation', 'its call'],
  Reaffirms: ['its commitment', 'its support'],
};

/** One concrete operative phrase, as offered by completion and the snippets. */
export interface OperativePhrase {
  /** The full phrase, e.g. "Also takes note with appreciation". */
  readonly phrase: string;
  /** The base verb, e.g. "Takes note". */
  readonly base: string;
  readonly adverb?: string;
  readonly complement?: string;
}

export interface PhraseMatch {
  /** The phrase as it appears in the text, e.g. "Also requests". */
  readonly phrase: string;
  /** The base verb or opener it was built on, in its canonical spelling, e.g. "Requests". */
  readonly base: string;
  /** Length of the match in the text. */
  readonly length: number;
  /** The adverb before the base as written ("Also", "Further"), if any. */
  readonly adverb?: string;
  /** The complement ("its invitation") or trailing adverb ("also") after the base as written, if any. */
  readonly complement?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const spaced = (s: string) => escape(s).replace(/ /g, '[ \\u00a0]+');
const byLength = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));

/** A regular-expression alternation of `words`, longest first, spaces matching any run of spaces. */
export const alternation = (words: readonly string[]): string => byLength(words).map(spaced).join('|');

/** Lower-case the first letter ("Also" → "also"), leaving acronyms alone. */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const canonical = (words: readonly string[]) => {
  const map = new Map<string, string>();
  for (const w of words) map.set(w.toLowerCase().replace(/\s+/g, ' '), w);
  return (s: string) => map.get(s.toLowerCase().replace(/\s+/g, ' ')) ?? s;
};

const END = '(?![\\w\\u00c0-\\u024f-])';
const ADVERB = `(?:(${alternation(operativeAdverbs)})[ \\u00a0]+)?`;
const TRAIL = `(?:[ \\u00a0]+(${alternation(trailingAdverbs)}))`;
const TRAIL_NC = `(?:[ \\u00a0]+(?:${alternation(trailingAdverbs)}))`;

const operativePattern = new RegExp(
  `^${ADVERB}(${alternation(operativeVerbs)})(?:${TRAIL}(?=[ \\u00a0,]|$))?(?:[ \\u00a0]+(${alternation(operativeComplements)}))?${END}`,
  'i',
);

/**
 * Openers ending with a preposition take a trailing adverb before it ("Guided also by",
 * "Aware also of"); the others after the whole phrase ("Noting with concern also").
 */
const PREPOSITIONS = /^(.*) (by|of|at|to|about)$/;
const preambularAlternatives = byLength(preambularOpeners).map((o) => {
  const m = PREPOSITIONS.exec(o);
  return m ? `${spaced(m[1])}${TRAIL_NC}?[ \\u00a0]+${m[2]}` : spaced(o);
});
const OPENERS = preambularAlternatives.join('|');
// A listed opener wins over adverb + opener ("Deeply concerned", not "Deeply" + "concerned").
const preambularPattern = new RegExp(
  `^(?:()(${OPENERS})|(${alternation(operativeAdverbs)})[ \\u00a0]+(${OPENERS}))${TRAIL}?${END}`,
  'i',
);

const canonicalVerb = canonical(operativeVerbs);
const canonicalAdverb = canonical(operativeAdverbs);
const canonicalOpener = canonical(preambularOpeners);
// Built once: the parser asks for every paragraph.
const adverbBeforePreposition = new RegExp(`^(.*?)${TRAIL}[ \\u00a0]+(by|of|at|to|about)$`, 'i');
const adverbInsideOpener = new RegExp(`^.*?${TRAIL}[ \\u00a0]+(?:by|of|at|to|about)$`, 'i');

/** Removes a trailing adverb from inside a prepositional opener ("Guided also by" → "Guided by"). */
const openerBase = (text: string) => {
  const m = adverbBeforePreposition.exec(text);
  return canonicalOpener(m ? `${m[1]} ${m[3]}` : text);
};

/**
 * The words a phrase can open with, lower-cased: a text whose first word is not one of them is
 * turned away before the long alternations run (the parser asks for every paragraph).
 */
const firstWords = (phrases: readonly string[]) => new Set(phrases.map((p) => p.split(' ')[0].toLowerCase()));
const operativeFirstWords = firstWords([...operativeAdverbs, ...operativeVerbs]);
const preambularFirstWords = firstWords([...operativeAdverbs, ...preambularOpeners]);
const mayOpen = (text: string, words: ReadonlySet<string>) => {
  let end = 0;
  while (end < text.length && end < 24 && isWordCharacter(text.charCodeAt(end))) end++;
  return end > 0 && words.has(text.slice(0, end).toLowerCase());
};
// Letters (Latin-1 and Latin Extended included), hyphen, apostrophes: what a first word is made of.
const isWordCharacter = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 39 || c === 0x2019 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Matches a standard operative phrase at the start of `text` (no italics markers). */
export function matchOperativePhrase(text: string): PhraseMatch | undefined {
  if (!mayOpen(text, operativeFirstWords)) return undefined;
  const m = operativePattern.exec(text);
  if (!m) return undefined;
  const complement = [m[3], m[4]].filter(Boolean).join(' ') || undefined;
  return { phrase: m[0], base: canonicalVerb(m[2]), length: m[0].length, adverb: m[1], complement };
}

/** Matches a standard preambular opener at the start of `text` (no italics markers). */
export function matchPreambularOpener(text: string): PhraseMatch | undefined {
  if (!mayOpen(text, preambularFirstWords)) return undefined;
  const m = preambularPattern.exec(text);
  if (!m) return undefined;
  const opener = m[2] ?? m[4];
  const inner = adverbInsideOpener.exec(opener);
  const complement = m[5] ?? inner?.[1];
  return { phrase: m[0], base: openerBase(opener), length: m[0].length, adverb: m[3], complement };
}

/**
 * The infinitive of a base verb ("Requests" → "Request", "Expresses" → "Express",
 * "Calls upon" → "Call upon"), as used in lettered lists after "decides to:".
 */
export function toInfinitive(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  const stem = /(ss|sh|ch|x|zz)es$/.test(head) ? head.slice(0, -2) : head.replace(/s$/, '');
  return [stem, ...rest].join(' ');
}

const infinitivePattern = new RegExp(
  `^${ADVERB}(${alternation(operativeVerbs.map(toInfinitive))})(?:[ \\u00a0]+(${alternation(operativeComplements)}))?${END}`,
  'i',
);
const canonicalInfinitive = canonical(operativeVerbs.map(toInfinitive));

/**
 * Matches an operative verb in the infinitive at the start of `text` ("Reaffirm its decision …",
 * "Take note of …"): the items of a decision written as "decide to: (a) Reaffirm …; (b) Take note …".
 * `base` is the third-person form ("Reaffirms").
 */
export function matchOperativeInfinitive(text: string): PhraseMatch | undefined {
  const m = infinitivePattern.exec(text);
  if (!m) return undefined;
  const inf = canonicalInfinitive(m[2]);
  const base = operativeVerbs.find((v) => toInfinitive(v) === inf) ?? inf;
  return { phrase: m[0], base, length: m[0].length, adverb: m[1], complement: m[3] };
}

let phraseCache: readonly OperativePhrase[] | undefined;

/**
 * Every standard operative phrase variant, for completion and snippets: each base verb alone,
 * with each common adverb, and with the complements it usually takes (alone and after each
 * common adverb). Ordered by base verb, then the bare form first.
 */
export function operativePhrases(): readonly OperativePhrase[] {
  if (phraseCache) return phraseCache;
  const out: OperativePhrase[] = [];
  for (const base of operativeVerbs) {
    for (const complement of [undefined, ...(complementsByVerb[base] ?? [])]) {
      for (const adverb of [undefined, ...commonOperativeAdverbs]) {
        const words = [adverb, adverb ? lowerFirst(base) : base, complement].filter(Boolean);
        out.push({ phrase: words.join(' '), base, ...(adverb ? { adverb } : {}), ...(complement ? { complement } : {}) });
      }
    }
  }
  return (phraseCache = out);
}

/** The standard operative phrases without adverbs: one per base verb and verb + usual complement. */
export function standardOperativePhrases(): readonly OperativePhrase[] {
  return operativePhrases().filter((p) => !p.adverb);
}

/**
 * "Did you mean": the standard phrases closest to the opening words of `text` by edit distance
 * (case-insensitive), best first; empty when nothing is reasonably close.
 */
export function suggestOperativePhrase(text: string, max = 3): string[] {
  const words = text.replace(/[*_]/g, '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored = new Map<string, number>();
  for (const { phrase } of operativePhrases()) {
    const n = phrase.split(' ').length;
    const candidate = words.slice(0, n).join(' ').replace(/[,;:.]+$/, '');
    const d = distance(candidate.toLowerCase(), phrase.toLowerCase());
    // Allow about one typo in four letters, at least one.
    if (d <= Math.max(1, Math.floor(phrase.length / 4)) && d < phrase.length) {
      const score = d + (n === 1 ? 0 : 0.1 * n);
      if (!scored.has(phrase) || scored.get(phrase)! > score) scored.set(phrase, score);
    }
  }
  return [...scored].sort((a, b) => a[1] - b[1] || a[0].length - b[0].length).slice(0, max).map(([p]) => p);
}

/** The canonical adverb spelling ("once again" → "Once again"), or the text unchanged. */
export const canonicalOperativeAdverb = canonicalAdverb;

/**
 * An item that opens with a participial lead-in and carries its operative verb after a comma
 * ("(b) Recalling its decision 2010/243 of 22 July 2010, decides that …"): the lead-in and the
 * operative phrase, with the phrase's offset in `text`. Undefined when `text` is not of that shape.
 */
export function matchLeadInOperative(
  text: string,
): { readonly leadIn: PhraseMatch; readonly operative: PhraseMatch; readonly offset: number } | undefined {
  const leadIn = matchPreambularOpener(text);
  if (!leadIn) return undefined;
  const comma = /,[ \u00a0]+/g;
  comma.lastIndex = leadIn.length;
  for (let m = comma.exec(text); m; m = comma.exec(text)) {
    const offset = m.index + m[0].length;
    const operative = matchOperativePhrase(text.slice(offset));
    if (operative && /^[a-z]/.test(operative.phrase)) return { leadIn, operative, offset };
  }
  return undefined;
}
