/**
 * The drafting vocabulary: preambular openers and operative phrases.
 * One data module shared by the parser, completion, the drafting checks and the
 * generated snippets, so that they never drift apart.
 */

/** Standard preambular openers, longest forms included ("Noting with concern"). */
export const preambularOpeners: readonly string[] = [
  'Acknowledging', 'Affirming', 'Alarmed by', 'Aware of', 'Bearing in mind', 'Concerned',
  'Conscious', 'Considering', 'Convinced', 'Deeply concerned', 'Deploring', 'Determined',
  'Emphasizing', 'Encouraged', 'Expressing', 'Guided by', 'Having considered', 'Having examined',
  'Mindful', 'Noting', 'Noting with concern', 'Noting with appreciation', 'Reaffirming',
  'Recalling', 'Recognizing', 'Reiterating', 'Stressing', 'Taking note', 'Underlining', 'Welcoming',
];

/** Adverbs that may precede an operative verb or a preambular opener ("Also requests", "Recalling further"). */
export const operativeAdverbs: readonly string[] = [
  'Also', 'Further', 'Again', 'Once again', 'Strongly', 'Further also', 'Also further', 'Firmly',
];

/** Base operative verbs and fixed verb phrases, third person singular. */
export const operativeVerbs: readonly string[] = [
  'Accepts', 'Acknowledges', 'Adopts', 'Affirms', 'Appeals', 'Approves', 'Authorizes', 'Calls upon',
  'Calls on', 'Commends', 'Condemns', 'Considers', 'Decides', 'Declares', 'Demands', 'Emphasizes',
  'Encourages', 'Endorses', 'Expresses', 'Highlights', 'Invites', 'Notes', 'Reaffirms', 'Recalls',
  'Recognizes', 'Recommends', 'Reiterates', 'Renews', 'Requests', 'Stresses', 'Supports',
  'Takes note', 'Underlines', 'Underscores', 'Urges', 'Welcomes',
];

/** Complements that may follow a base verb ("Takes note with appreciation", "Reiterates its invitation"). */
export const operativeComplements: readonly string[] = [
  'with appreciation', 'with concern', 'with satisfaction', 'its invitation', 'its request', 'its call',
  'its appreciation', 'its gratitude', 'its concern', 'its support',
];

export interface PhraseMatch {
  /** The phrase as it appears in the text, e.g. "Also requests". */
  readonly phrase: string;
  /** The base verb or opener it was built on, e.g. "Requests". */
  readonly base: string;
  /** Length of the match in the text. */
  readonly length: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const operativePattern = new RegExp(
  `^(?:(${alternation(operativeAdverbs)}) )?(${alternation(operativeVerbs)})(?: (${alternation(operativeComplements)}))?(?![\\w-])`,
  'i',
);
const preambularPattern = new RegExp(
  `^(?:(${alternation(operativeAdverbs)}) )?(${alternation(preambularOpeners)})(?: (also|further|again|further also|in particular))?(?![\\w-])`,
  'i',
);

/** Matches a standard operative phrase at the start of `text` (no italics markers). */
export function matchOperativePhrase(text: string): PhraseMatch | undefined {
  const m = operativePattern.exec(text);
  return m ? { phrase: m[0], base: m[2], length: m[0].length } : undefined;
}

/** Matches a standard preambular opener at the start of `text` (no italics markers). */
export function matchPreambularOpener(text: string): PhraseMatch | undefined {
  const m = preambularPattern.exec(text);
  return m ? { phrase: m[0], base: m[2], length: m[0].length } : undefined;
}
