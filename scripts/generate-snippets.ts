/**
 * Generates the editor assets that are derived from the drafting vocabulary
 * (server/src/vocabulary.ts), so that they never drift from it:
 *
 * - snippets/un-resolution.code-snippets: one snippet per standard operative phrase and
 *   preambular opener, plus skeletons (draft resolution, draft decision, lists, annex, footnote);
 * - syntaxes/un-resolution.tmLanguage.json: the TextMate grammar, whose opener and phrase
 *   alternations come from the vocabulary.
 *
 * Run with `npm run snippets`. The unit tests compare both files with what this module builds.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  operativeAdverbs,
  operativeComplements,
  operativeVerbs,
  preambularOpeners,
  standardOperativePhrases,
  trailingAdverbs,
} from '../server/src/vocabulary';

export const SNIPPETS_FILE = 'snippets/un-resolution.code-snippets';
export const GRAMMAR_FILE = 'syntaxes/un-resolution.tmLanguage.json';

export interface Snippet {
  readonly prefix: string | string[];
  readonly body: string | string[];
  readonly description: string;
}

// ---------------------------------------------------------------------------------------------
// Snippets

/** What usually follows an operative verb: the first placeholder and the words around it. */
const operativeContinuations: Readonly<Record<string, string>> = {
  Requests: '${1:the Secretary-General} to $0;',
  Asks: '${1:the Secretary-General} to $0;',
  Authorizes: '${1:the Secretary-General} to $0;',
  Directs: '${1:the Secretary-General} to $0;',
  Instructs: '${1:the Secretary-General} to $0;',
  Mandates: '${1:the Secretary-General} to $0;',
  Entrusts: '${1:the Secretary-General} with $0;',
  Invites: '${1:Member States} to $0;',
  Encourages: '${1:Member States} to $0;',
  Urges: '${1:Member States} to $0;',
  Exhorts: '${1:Member States} to $0;',
  'Calls upon': '${1:Member States} to $0;',
  'Calls on': '${1:Member States} to $0;',
  Appeals: 'to ${1:Member States} to $0;',
  Reminds: '${1:Member States} that $0;',
  Decides: '${1:to} $0;',
  Resolves: '${1:to} $0;',
  Agrees: '${1:to} $0;',
  Undertakes: '${1:to} $0;',
  Commits: '${1:itself to} $0;',
  Pledges: '${1:its support to} $0;',
  'Looks forward': 'to ${1:the} $0;',
  'Calls for': '${1:the} $0;',
  'Takes note': 'of ${1:the report of the Secretary-General}$0;',
  Notes: '${1:the report of the Secretary-General}$0;',
  Welcomes: '${1:the report of the Secretary-General}$0;',
  Acknowledges: '${1:the efforts of} $0;',
  Recognizes: '${1:the importance of} $0;',
  Stresses: '${1:the importance of} $0;',
  Emphasizes: '${1:the importance of} $0;',
  Underlines: '${1:the importance of} $0;',
  Underscores: '${1:the importance of} $0;',
  Highlights: '${1:the importance of} $0;',
  Reaffirms: '${1:its resolution} $0;',
  Recalls: '${1:its resolution} $0;',
  Adopts: '${1:the} $0;',
  Approves: '${1:the} $0;',
  Endorses: '${1:the} $0;',
  Expresses: '${1:to} $0;',
  Conveys: '${1:to} $0;',
  Extends: '${1:to} $0;',
};

/** What usually follows a preambular opener. */
const preambularContinuations: Readonly<Record<string, string>> = {
  Recalling: '${1:its resolution} $0,',
  Reaffirming: '${1:its resolution} $0,',
  Welcoming: '${1:the} $0,',
  Noting: '${1:the report of the Secretary-General}$0,',
  'Taking note': 'of ${1:the report of the Secretary-General}$0,',
  'Taking note with appreciation': 'of ${1:the report of the Secretary-General}$0,',
  'Having considered': '${1:the report of the Secretary-General}$0,',
  'Having examined': '${1:the report of the Secretary-General}$0,',
  'Having received': '${1:the report of the Secretary-General}$0,',
  'Having reviewed': '${1:the report of the Secretary-General}$0,',
  'Having studied': '${1:the report of the Secretary-General}$0,',
  'Having heard': '${1:the statement of} $0,',
  'Bearing in mind': '${1:the} $0,',
  'Keeping in mind': '${1:the} $0,',
  'Taking into account': '${1:the} $0,',
  'Taking into consideration': '${1:the} $0,',
  'Acting under Chapter VII': 'of the Charter of the United Nations,$0',
  Emphasizing: '${1:the importance of} $0,',
  Stressing: '${1:the importance of} $0,',
  Underlining: '${1:the importance of} $0,',
  Underscoring: '${1:the importance of} $0,',
  Recognizing: '${1:the importance of} $0,',
  Acknowledging: '${1:the efforts of} $0,',
  Reiterating: '${1:the need for} $0,',
};

const defaultOperative = '$0;';
const defaultPreambular = (opener: string) =>
  /\b(by|of|at|to|about)$/.test(opener) ? '${1:the} $0,' : '${1:that} $0,';

/** Snippet bodies may not contain unescaped `$` or `}` outside placeholders; vocabulary text has neither. */
const prefixOf = (phrase: string) => phrase.toLowerCase();

const skeletons: Readonly<Record<string, Snippet>> = {
  'Skeleton: draft resolution': {
    prefix: ['draft resolution', 'resolution skeleton'],
    description: 'A complete draft resolution: heading, title, organ line, preamble and operative paragraphs.',
    body: [
      'Draft resolution ${1:I}',
      '',
      '${2:Title of the draft resolution}',
      '',
      '${3|The General Assembly,The Economic and Social Council,The Commission on Crime Prevention and Criminal Justice,The Human Rights Council,The Security Council|},',
      '',
      'Recalling ${4:its resolution 70/1 of 25 September 2015},',
      '',
      '${5:Reaffirming} ${6:the importance of},',
      '',
      '1. *${7:Requests}* ${8:the Secretary-General} to ${9};',
      '',
      '2. *${10:Also requests}* ${11:the Secretary-General} to report to ${12:the General Assembly} at its ${13:eightieth} session on the implementation of the present resolution.$0',
    ],
  },
  'Skeleton: draft decision': {
    prefix: ['draft decision', 'decision skeleton'],
    description: 'A draft decision with lettered operative items.',
    body: [
      'Draft decision ${1:I}',
      '',
      '${2:Title of the draft decision}',
      '',
      '${3|The Economic and Social Council,The General Assembly,The Commission on Crime Prevention and Criminal Justice|}:',
      '',
      '(a) ${4:Takes note} of ${5:the report of the Commission on its session};',
      '',
      '(b) ${6:Decides} ${7:that};',
      '',
      '(c) ${8:Approves} ${9:the provisional agenda for its next session}.$0',
    ],
  },
  'Skeleton: issued resolution': {
    prefix: ['issued resolution', 'resolution heading'],
    description: 'A resolution as issued: session/number heading with its title, organ line, preamble, operative part.',
    body: [
      '${1:80}/${2:1}. ${3:Title of the resolution}',
      '',
      '${4|The General Assembly,The Human Rights Council|},',
      '',
      'Recalling ${5:its resolution} $6,',
      '',
      '1. *${7:Decides}* $0.',
    ],
  },
  'Skeleton: operative paragraph': {
    prefix: ['operative paragraph', 'op'],
    description: 'A numbered operative paragraph opening with an italic phrase.',
    body: '${1:1}. *${2:Requests}* ${3:the Secretary-General} to $0;',
  },
  'Skeleton: preambular paragraph': {
    prefix: ['preambular paragraph', 'pp'],
    description: 'An unnumbered preambular paragraph ending with a comma.',
    body: '${1:Recalling} ${2:its resolution} $0,',
  },
  'Skeleton: sub-paragraph list': {
    prefix: ['sub-paragraphs', 'list (a)'],
    description: 'Lettered sub-paragraphs (a), (b), (c).',
    body: ['(a) ${1:To ensure that} $2;', '', '(b) ${3:To ensure that} $4;', '', '(c) ${5:To ensure that} $0.'],
  },
  'Skeleton: roman sub-paragraph list': {
    prefix: ['sub-sub-paragraphs', 'list (i)'],
    description: 'Roman sub-paragraphs (i), (ii), (iii) inside a lettered item.',
    body: ['(i) $1;', '', '(ii) $2;', '', '(iii) $0;'],
  },
  'Skeleton: annex': {
    prefix: ['annex'],
    description: 'An annex with its title and numbered paragraphs.',
    body: ['Annex${1: I}', '', '${2:Title of the annex}', '', '${3:I. Introduction}', '', '1. $0'],
  },
  'Skeleton: footnote': {
    prefix: ['footnote'],
    description: 'A footnote body: superscript number, space, text.',
    body: '${1|¹,²,³,⁴,⁵,⁶,⁷,⁸,⁹|} ${2:General Assembly resolution ${3:70/1}}$0.',
  },
  'Skeleton: chapter': {
    prefix: ['chapter'],
    description: 'A report chapter heading with its title.',
    body: ['Chapter ${1:I}', '', '${2:Matters calling for action by the Economic and Social Council or brought to its attention}', '', '$0'],
  },
  'Skeleton: section': {
    prefix: ['section'],
    description: 'A lettered report section.',
    body: '${1:A}. ${2:Draft resolutions to be recommended by the Economic and Social Council for adoption by the General Assembly}$0',
  },
  'Skeleton: meeting line': {
    prefix: ['plenary meeting'],
    description: 'The closing meeting line and date of an adopted resolution.',
    body: ['${1:51}st plenary meeting', '${2:19 December 2023}$0'],
  },
};

/** Every snippet, keyed by its name: skeletons, then operative phrases, then preambular openers. */
export function buildSnippets(): Record<string, Snippet> {
  const out: Record<string, Snippet> = { ...skeletons };
  for (const p of standardOperativePhrases()) {
    const body = `*${p.phrase}* ${operativeContinuations[p.base] ?? defaultOperative}`;
    out[`Operative: ${p.phrase}`] = {
      prefix: prefixOf(p.phrase),
      body,
      description: `Operative paragraph opening with “${p.phrase}”.`,
    };
  }
  for (const opener of preambularOpeners) {
    out[`Preambular: ${opener}`] = {
      prefix: prefixOf(opener),
      body: `${opener} ${preambularContinuations[opener] ?? defaultPreambular(opener)}`,
      description: `Preambular paragraph opening with “${opener}”.`,
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Grammar

/** An Oniguruma alternation, longest first, any run of white space between words. */
const alt = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
const lowerFirst = (w: string) => w.charAt(0).toLowerCase() + w.slice(1);

const S = '.un-resolution';
const SUP = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** An opener or verb list: capitalized as listed, or lower-cased after a capitalized adverb. */
function phraseRegex(bases: readonly string[]): string {
  const adverbs = alt(operativeAdverbs);
  return `(?:(?:${adverbs})\\s+(?:${alt(bases.map(lowerFirst))})|(?:${alt(bases)}))`;
}

/** One preambular opener as a regex; a trailing adverb may sit before a final preposition. */
function openerRegex(opener: string): string {
  const m = /^(.*) (by|of|at|to|about)$/.exec(opener);
  return m ? `${alt([m[1]])}(?:\\s+(?:${alt(trailingAdverbs)}))?\\s+${m[2]}` : alt([opener]);
}
const openerAlternation = (openers: readonly string[]) =>
  [...new Set(openers)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(openerRegex).join('|');

/** The TextMate grammar, scope `source.un-resolution`. */
export function buildGrammar(): Record<string, unknown> {
  const trailing = alt(trailingAdverbs);
  const op = `${phraseRegex(operativeVerbs)}(?:\\s+(?:${trailing})(?=[\\s,*]))?(?:\\s+(?:${alt(operativeComplements)}))?(?![\\w-])`;
  const pre =
    `(?:(?:${openerAlternation(preambularOpeners)})|(?:${alt(operativeAdverbs)})\\s+(?:${openerAlternation(preambularOpeners.map(lowerFirst))}))` +
    `(?:\\s+(?:${trailing}))?(?![\\w-])`;
  /** `*Phrase*` (groups 1–3) or a plain phrase (group 4). */
  const phrase = (re: string) => `(?:(\\*)(${re})(\\*)|(${re}))`;
  const phraseCaptures = (scope: string, first: number) => ({
    [first]: { name: `markup.italic${S} punctuation.definition.italic${S}` },
    [first + 1]: { name: `markup.italic${S} ${scope}${S}` },
    [first + 2]: { name: `markup.italic${S} punctuation.definition.italic${S}` },
    [first + 3]: { name: `${scope}${S}` },
  });
  const label = '(?:\\((?:[a-z]{1,2}|[ivxlc]+)\\)|(?:[a-z]{1,2}|[ivxlc]+)\\.)';
  const organName = "The\\s+[A-Z][\\w’'-]*(?:\\s+(?:[A-Z][\\w’'-]*|and|of|on|for|the|to|in))*";
  const organCaptures = {
    1: { name: `punctuation.definition.italic${S}` },
    2: { name: `entity.name.type.organ${S}` },
    3: { name: `punctuation.definition.italic${S}` },
    4: { name: `punctuation.separator${S}` },
  };

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'UN Resolution',
    scopeName: 'source.un-resolution',
    fileTypes: ['unres', 'resolution'],
    patterns: [
      { include: '#footnote-body' },
      { include: '#headings' },
      { include: '#organ-line' },
      { include: '#operative-paragraph' },
      { include: '#sub-paragraph' },
      { include: '#preambular-paragraph' },
      { include: '#inline' },
    ],
    repository: {
      'footnote-body': {
        patterns: [
          {
            name: `meta.footnote.body${S}`,
            begin: `^\\s*(?:-\\s+)?(${SUP}+|\\[\\^\\d+\\]:|\\*(?![^*\\n]*\\*))(?=\\s)`,
            beginCaptures: { 1: { name: `constant.numeric.footnote${S}` } },
            end: '$',
            contentName: `comment.line.footnote${S}`,
            patterns: [{ include: '#inline' }],
          },
        ],
      },
      headings: {
        patterns: [
          { name: `markup.heading.chapter${S}`, match: '^\\s*(?:\\*\\*)?Chapter\\s+[IVXLC]+(?:\\*\\*)?\\s*$' },
          {
            name: `markup.heading.resolution${S}`,
            match:
              '^\\s*(?:\\*\\*)?(?:Draft\\s+(?:resolution|decision)(?:\\s+[IVXLC]+)?|(?:Resolution|Decision)\\s+\\d+/\\d+|Resolution\\s+\\d+\\s+\\(\\d{4}\\))(?:\\*\\*)?\\s*$',
          },
          {
            name: `markup.heading.resolution${S}`,
            match: '^\\s*(\\d{1,4}/\\d{1,4})\\.\\s+(?=\\S)(?!.*[;,]\\s*$).*$',
            captures: { 1: { name: `constant.numeric.resolution${S}` } },
          },
          { name: `markup.heading.annex${S}`, match: '^\\s*(?:\\*\\*)?Annex(?:\\s+(?:[IVXLC]+|[A-Z]))?(?:\\s+[–—-]\\s+.*)?(?:\\*\\*)?\\s*$' },
          { name: `markup.heading.rule${S}`, match: '^\\s*Rule\\s+\\d+(?:\\s+(?:bis|ter|quater))?\\s*$' },
          {
            name: `markup.heading.section${S}`,
            match: '^\\s*(?:[A-Z]|[IVXLC]+)\\.\\s+(?=[A-Z“"])(?!.*[;,]\\s*$).*$',
          },
        ],
      },
      'organ-line': {
        patterns: [
          {
            name: `meta.organ-line${S}`,
            match: `^\\s*(\\*?)(${organName})(\\*?)\\s*([,:])\\s*$`,
            captures: organCaptures,
          },
          {
            name: `meta.organ-line${S}`,
            match: `^\\s*(\\*?)(${organName}\\s+(?:Assembly|Council|Commission|Conference|Committee|Board))(\\*?)()\\s*$`,
            captures: organCaptures,
          },
        ],
      },
      'operative-paragraph': {
        patterns: [
          {
            name: `meta.paragraph.numbered${S}`,
            begin: `^\\s*(-\\s+)?(\\d{1,3}\\.)(?=\\s)(?:\\s+${phrase(op)})?`,
            beginCaptures: {
              1: { name: `punctuation.definition.list${S}` },
              2: { name: `constant.numeric.paragraph${S}` },
              ...phraseCaptures('keyword.control.operative', 3),
            },
            end: '$',
            patterns: [{ include: '#inline' }],
          },
        ],
      },
      'sub-paragraph': {
        patterns: [
          {
            name: `meta.paragraph.sub${S}`,
            begin: `^\\s*(-\\s+)?(${label})(?=\\s)(?:\\s+${phrase(op)})?`,
            beginCaptures: {
              1: { name: `punctuation.definition.list${S}` },
              2: { name: `variable.other.subparagraph${S}` },
              ...phraseCaptures('keyword.control.operative', 3),
            },
            end: '$',
            patterns: [{ include: '#inline' }],
          },
        ],
      },
      'preambular-paragraph': {
        patterns: [
          {
            name: `meta.paragraph.preambular${S}`,
            begin: `^\\s*${phrase(pre)}`,
            beginCaptures: phraseCaptures('entity.name.function.preambular', 1),
            end: '$',
            patterns: [{ include: '#inline' }],
          },
        ],
      },
      inline: {
        patterns: [
          { include: '#bold' },
          { include: '#italic' },
          { include: '#quoted' },
          { include: '#resolution-reference' },
          { include: '#document-symbol' },
          { include: '#date' },
          { include: '#footnote-marker' },
        ],
      },
      bold: {
        patterns: [
          {
            name: `markup.bold${S}`,
            begin: '\\*\\*(?=\\S)',
            end: '\\*\\*|$',
            patterns: [{ include: '#quoted' }, { include: '#resolution-reference' }, { include: '#document-symbol' }, { include: '#date' }, { include: '#footnote-marker' }],
          },
        ],
      },
      italic: {
        patterns: [
          {
            name: `markup.italic${S}`,
            begin: '(?<![\\w*])\\*(?=[^\\s*][^*]*\\*)',
            end: '\\*',
            patterns: [{ include: '#quoted' }, { include: '#resolution-reference' }, { include: '#document-symbol' }, { include: '#date' }, { include: '#footnote-marker' }],
          },
        ],
      },
      quoted: {
        patterns: [
          {
            name: `string.quoted.double${S}`,
            begin: '“',
            end: '”|$',
            patterns: [{ include: '#italic' }, { include: '#document-symbol' }, { include: '#footnote-marker' }],
          },
          { name: `string.quoted.double${S}`, match: '"[^"]*"' },
        ],
      },
      'resolution-reference': {
        patterns: [
          {
            name: `meta.reference.resolution${S}`,
            match:
              '\\b([Rr]esolutions?|[Dd]ecisions?)\\s+((?:\\[)?(?:\\d{1,4}/\\d{1,4}(?:\\s[A-Z]\\b)?|\\d{1,4}(?:\\s[A-Z])?\\s\\((?:[IVXLC]+|\\d{4})\\))(?:\\]\\(#\\))?(?:(?:,\\s*|\\s+and\\s+)\\[?(?:\\d{1,4}/\\d{1,4}(?:\\s[A-Z]\\b)?|\\d{1,4}(?:\\s[A-Z])?\\s\\((?:[IVXLC]+|\\d{4})\\))(?:\\]\\(#\\))?)*)',
            captures: {
              1: { name: `keyword.other.reference${S}` },
              2: { name: `variable.other.reference${S}` },
            },
          },
        ],
      },
      'document-symbol': {
        patterns: [
          {
            name: `constant.other.symbol${S}`,
            match:
              '(?<![\\w/.])(?=[A-Z][A-Za-z0-9./-]*\\d)[A-Z][A-Z0-9]*(?:\\.[A-Z0-9]+)*(?:/[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)+(?:\\s\\(\\d{4}\\))?',
          },
        ],
      },
      date: {
        patterns: [{ name: `constant.other.date${S}`, match: `\\b(?:[1-9]|[12]\\d|3[01])\\s+(?:${MONTHS})\\s+\\d{4}\\b` }],
      },
      'footnote-marker': {
        patterns: [
          { name: `constant.numeric.footnote${S}`, match: `${SUP}+` },
          { name: `constant.numeric.footnote${S}`, match: '\\^\\{\\d+(?:\\s*,\\s*\\d+)*\\}' },
          { name: `constant.numeric.footnote${S}`, match: '\\[\\^\\d+\\]' },
        ],
      },
    },
  };
}

/** The file texts as the generator writes them. */
export function generatedFiles(): Record<string, string> {
  return {
    [SNIPPETS_FILE]: JSON.stringify(buildSnippets(), null, 2) + '\n',
    [GRAMMAR_FILE]: JSON.stringify(buildGrammar(), null, 2) + '\n',
  };
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? process.cwd());
  for (const [file, text] of Object.entries(generatedFiles())) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
    console.log(`wrote ${file}`);
  }
}
