import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  matchLeadInOperative,
  matchOperativeInfinitive,
  matchOperativePhrase,
  matchPreambularOpener,
  operativeAdverbs,
  operativeComplements,
  operativePhrases,
  operativeVerbs,
  preambularOpeners,
  standardOperativePhrases,
  suggestOperativePhrase,
  toInfinitive,
} from '../../server/src/vocabulary';

/** The shared corpus, beside the repository (compiled tests run from out/test/unit). */
export const corpusDir = path.resolve(__dirname, '../../../../shared/corpus');

export function corpusFiles(): string[] {
  if (!fs.existsSync(corpusDir)) return [];
  return fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(corpusDir, f));
}

interface Opening {
  readonly kind: 'operative-italic' | 'operative' | 'preambular' | 'lettered';
  readonly text: string;
  readonly where: string;
}

const ORGAN = /^\s*\*?The [A-Z][^,:]*?\*?\s*[,:]\s*$/;
const HEADING = /^\s*(?:\*\*)?(?:Draft (?:resolution|decision)|Resolution \d|Decision \d|Annex|Chapter [IVXLC]+|[A-Z]\. )/;
const NUMBERED = /^\s*(?:- )?(\d+)\.\s+/;
const LETTERED = /^\s*(?:- )?\(([a-z])\)\s+/;
const FOOTNOTE = /^\s*[\u00b9\u00b2\u00b3\u2070-\u2079]/;
const ENDS_PARAGRAPH = /[,;.:][\s\u00b9\u00b2\u00b3\u2070-\u2079]*$/;

/**
 * The paragraph openings of the corpus, read structurally: in each resolution body (from the
 * organ line to the next heading), unnumbered paragraphs before the first numbered one are
 * preambular; then numbered paragraphs in sequence (1, 2, 3 …, so that numbered lists inside a
 * paragraph are skipped) are operative, as are the lettered items of a decision whose organ line
 * ends with a colon. Lines that continue a paragraph split by footnotes are skipped.
 */
function corpusOpenings(file: string): Opening[] {
  const out: Opening[] = [];
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  let state: 'out' | 'preamble' | 'operative' = 'out';
  let lettered = false;
  let expected = 1;
  let expectedLetter = 'a';
  let previous = '';
  lines.forEach((line, i) => {
    const where = `${path.basename(file)}:${i + 1}`;
    if (!line.trim()) return;
    if (ORGAN.test(line)) {
      state = 'preamble';
      lettered = /:\s*$/.test(line);
      expected = 1;
      expectedLetter = 'a';
      previous = line;
      return;
    }
    if (HEADING.test(line)) {
      state = 'out';
      return;
    }
    if (FOOTNOTE.test(line)) return;
    const continuation = /^\s*[a-z]/.test(line) || !ENDS_PARAGRAPH.test(previous.trimEnd());
    previous = line;
    if (state === 'out' || continuation) return;
    const numbered = NUMBERED.exec(line);
    const letter = LETTERED.exec(line);
    if (state === 'preamble' && !numbered && !letter) {
      out.push({ kind: 'preambular', text: line.trim().replace(/^\*/, ''), where });
      return;
    }
    state = 'operative';
    const item = numbered && Number(numbered[1]) === expected ? numbered : lettered && letter?.[1] === expectedLetter ? letter : undefined;
    if (!item) {
      if (!numbered && !letter) state = 'out'; // an unnumbered line after the operative part: a title, an agenda
      return;
    }
    if (item === numbered) expected++;
    else expectedLetter = String.fromCharCode(expectedLetter.charCodeAt(0) + 1);
    const rest = line.slice(item[0].length);
    const italic = /^\*([^*]+)\*/.exec(rest);
    if (italic) out.push({ kind: 'operative-italic', text: italic[1], where });
    else out.push({ kind: item === numbered ? 'operative' : 'lettered', text: rest, where });
  });
  return out;
}

describe('vocabulary', () => {
  describe('data', () => {
    it('holds the standard preambular openers, multi-word ones included', () => {
      for (const opener of [
        'Acknowledging', 'Affirming', 'Alarmed by', 'Aware of', 'Bearing in mind', 'Concerned', 'Convinced',
        'Deeply concerned', 'Deeply convinced', 'Emphasizing', 'Gravely concerned', 'Guided by', 'Having considered',
        'Mindful', 'Noting with concern', 'Noting further', 'Re-emphasizing', 'Reaffirming', 'Recalling',
        'Recognizing', 'Stressing', 'Taking into account', 'Taking note', 'Welcoming',
      ]) {
        assert.ok(preambularOpeners.includes(opener), opener);
      }
      assert.ok(preambularOpeners.length >= 100, `${preambularOpeners.length} openers`);
    });

    it('holds the standard operative verbs, adverbs and complements', () => {
      for (const verb of [
        'Accepts', 'Calls upon', 'Commends', 'Condemns', 'Decides', 'Encourages', 'Exhorts', 'Expresses',
        'Invites', 'Looks forward', 'Notes', 'Reiterates', 'Renews', 'Requests', 'Takes into consideration',
        'Takes note', 'Urges', 'Welcomes',
      ]) {
        assert.ok(operativeVerbs.includes(verb), verb);
      }
      for (const adverb of ['Also', 'Further', 'Again', 'Once again', 'Strongly', 'Further also']) {
        assert.ok(operativeAdverbs.includes(adverb), adverb);
      }
      for (const complement of [
        'with appreciation', 'with concern', 'its request', 'its invitation', 'its call', 'its gratitude',
        'its profound gratitude', 'its extreme concern', 'its satisfaction',
      ]) {
        assert.ok(operativeComplements.includes(complement), complement);
      }
    });

    it('has no duplicates', () => {
      for (const list of [preambularOpeners, operativeVerbs, operativeAdverbs, operativeComplements]) {
        assert.equal(new Set(list).size, list.length);
      }
    });
  });

  describe('matchOperativePhrase', () => {
    const cases: Array<[string, string, string, string?, string?]> = [
      // text, phrase, base, adverb, complement
      ['Requests the Secretary-General to report', 'Requests', 'Requests'],
      ['Also requests the Secretary-General', 'Also requests', 'Requests', 'Also'],
      ['Further also invites Member States', 'Further also invites', 'Invites', 'Further also'],
      ['Once again strongly urges all States', 'Once again strongly urges', 'Urges', 'Once again strongly'],
      ['Reiterates its invitation to Governments', 'Reiterates its invitation', 'Reiterates', undefined, 'its invitation'],
      ['Renews its call upon States', 'Renews its call', 'Renews', undefined, 'its call'],
      ['Expresses its profound gratitude to the host', 'Expresses its profound gratitude', 'Expresses', undefined, 'its profound gratitude'],
      ['Also takes note with appreciation of the report', 'Also takes note with appreciation', 'Takes note', 'Also', 'with appreciation'],
      ['Calls upon Member States', 'Calls upon', 'Calls upon'],
      ['Strongly condemns all acts', 'Strongly condemns', 'Condemns', 'Strongly'],
      ['Takes into consideration the views', 'Takes into consideration', 'Takes into consideration'],
      ['Looks forward to the', 'Looks forward', 'Looks forward'],
      ['Decides further that', 'Decides further', 'Decides', undefined, 'further'],
      ['Notes\u00a0with concern that', 'Notes\u00a0with concern', 'Notes', undefined, 'with concern'],
    ];
    for (const [text, phrase, base, adverb, complement] of cases) {
      it(`matches “${phrase}”`, () => {
        const m = matchOperativePhrase(text);
        assert.ok(m, text);
        assert.equal(m.phrase, phrase);
        assert.equal(m.base, base);
        assert.equal(m.length, phrase.length);
        assert.equal(m.adverb, adverb);
        assert.equal(m.complement, complement);
      });
    }

    it('rejects non-phrases and partial words', () => {
      for (const text of ['The Commission', 'Requestss the', 'Request-based', 'Recalling its resolution', 'Also', '']) {
        assert.equal(matchOperativePhrase(text), undefined, text);
      }
    });

    it('does not take a complement that is only the start of a longer word', () => {
      assert.equal(matchOperativePhrase('Expresses its supportive view')?.phrase, 'Expresses');
      assert.equal(matchOperativePhrase('Notes concerns raised')?.phrase, 'Notes');
    });
  });

  describe('matchPreambularOpener', () => {
    const cases: Array<[string, string, string]> = [
      ['Recalling its resolution 56/119', 'Recalling', 'Recalling'],
      ['Recalling also its resolution', 'Recalling also', 'Recalling'],
      ['Recalling further, in particular, its', 'Recalling further', 'Recalling'],
      ['Reaffirming also the importance', 'Reaffirming also', 'Reaffirming'],
      ['Noting with concern that', 'Noting with concern', 'Noting with concern'],
      ['Noting further that', 'Noting further', 'Noting further'],
      ['Bearing in mind the', 'Bearing in mind', 'Bearing in mind'],
      ['Guided by the purposes', 'Guided by', 'Guided by'],
      ['Guided also by the principles', 'Guided also by', 'Guided by'],
      ['Aware of the need', 'Aware of', 'Aware of'],
      ['Deeply concerned about', 'Deeply concerned', 'Deeply concerned'],
      ['Gravely concerned by', 'Gravely concerned', 'Gravely concerned'],
      ['Further recalling the report', 'Further recalling', 'Recalling'],
      ['Re-emphasizing the importance', 'Re-emphasizing', 'Re-emphasizing'],
      ['Taking into account also the', 'Taking into account also', 'Taking into account'],
      ['Having considered the report', 'Having considered', 'Having considered'],
    ];
    for (const [text, phrase, base] of cases) {
      it(`matches “${phrase}”`, () => {
        const m = matchPreambularOpener(text);
        assert.ok(m, text);
        assert.equal(m.phrase, phrase);
        assert.equal(m.base, base);
        assert.equal(m.length, phrase.length);
      });
    }

    it('rejects operative phrases and other text', () => {
      for (const text of ['Requests the Secretary-General', 'The General Assembly,', 'Recallings', 'Recall the']) {
        assert.equal(matchPreambularOpener(text), undefined, text);
      }
    });
  });

  describe('infinitives and lead-ins', () => {
    it('derives infinitives', () => {
      assert.equal(toInfinitive('Requests'), 'Request');
      assert.equal(toInfinitive('Expresses'), 'Express');
      assert.equal(toInfinitive('Stresses'), 'Stress');
      assert.equal(toInfinitive('Emphasizes'), 'Emphasize');
      assert.equal(toInfinitive('Calls upon'), 'Call upon');
      assert.equal(toInfinitive('Takes note'), 'Take note');
    });

    it('matches items written in the infinitive after “decide to:”', () => {
      assert.deepEqual(
        { ...matchOperativeInfinitive('Take note of the report') },
        { phrase: 'Take note', base: 'Takes note', length: 9, adverb: undefined, complement: undefined },
      );
      assert.equal(matchOperativeInfinitive('Reaffirm its decision 21/1')?.base, 'Reaffirms');
      assert.equal(matchOperativeInfinitive('Requests the'), undefined);
    });

    it('finds the operative verb after a participial lead-in', () => {
      const text = 'Recalling its decision 2001/1 of 1 May 2001, also decides that the theme will be';
      const m = matchLeadInOperative(text);
      assert.ok(m);
      assert.equal(m.leadIn.base, 'Recalling');
      assert.equal(m.operative.base, 'Decides');
      assert.equal(text.slice(m.offset, m.offset + m.operative.length), 'also decides');
      assert.equal(matchLeadInOperative('Recalling its resolution 1/1, in which it decided'), undefined);
    });
  });

  describe('operativePhrases', () => {
    const phrases = operativePhrases();

    it('lists each base verb bare, with adverbs and with its usual complements', () => {
      const set = new Set(phrases.map((p) => p.phrase));
      for (const p of [
        'Requests', 'Also requests', 'Further requests', 'Again encourages', 'Once again urges', 'Strongly encourages',
        'Further also invites', 'Takes note with appreciation', 'Also takes note with appreciation',
        'Expresses its appreciation', 'Reiterates its invitation', 'Reiterates its request', 'Renews its call',
        'Calls upon', 'Takes into consideration',
      ]) {
        assert.ok(set.has(p), p);
      }
      assert.equal(set.size, phrases.length, 'no duplicates');
    });

    it('gives parts that rebuild the phrase, and every phrase matches', () => {
      for (const p of phrases) {
        const m = matchOperativePhrase(p.phrase);
        assert.ok(m, p.phrase);
        assert.equal(m.phrase, p.phrase);
        assert.equal(m.base, p.base);
        assert.equal(p.phrase.toLowerCase(), [p.adverb, p.base, p.complement].filter(Boolean).join(' ').toLowerCase());
      }
    });

    it('has standard phrases without adverbs', () => {
      const standard = standardOperativePhrases();
      assert.ok(standard.every((p) => !p.adverb));
      assert.ok(standard.length >= operativeVerbs.length);
    });
  });

  describe('suggestOperativePhrase', () => {
    it('suggests the closest phrases for a misspelling', () => {
      assert.equal(suggestOperativePhrase('Reqests the Secretary-General')[0], 'Requests');
      assert.equal(suggestOperativePhrase('*Encourges* States')[0], 'Encourages');
      assert.equal(suggestOperativePhrase('Also reqests the')[0], 'Also requests');
      assert.equal(suggestOperativePhrase('Taks note of the report')[0], 'Takes note');
    });

    it('suggests nothing for unrelated text', () => {
      assert.deepEqual(suggestOperativePhrase('The Commission'), []);
      assert.deepEqual(suggestOperativePhrase(''), []);
    });

    it('returns at most the requested number', () => {
      assert.ok(suggestOperativePhrase('Notes', 2).length <= 2);
    });
  });

  describe('corpus', function () {
    const files = corpusFiles();
    const openings = files.flatMap(corpusOpenings);

    before(function () {
      if (files.length === 0) {
        console.log(`      (skipped: no corpus at ${corpusDir})`);
        this.skip();
      }
    });

    it('finds paragraphs of every kind in the corpus', () => {
      for (const kind of ['operative-italic', 'preambular', 'lettered'] as const) {
        assert.ok(openings.some((o) => o.kind === kind), kind);
      }
      assert.ok(openings.filter((o) => o.kind === 'operative-italic').length > 400);
      assert.ok(openings.filter((o) => o.kind === 'preambular').length > 250);
    });

    it('matches every italic operative phrase exactly', () => {
      const missed = openings
        .filter((o) => o.kind === 'operative-italic')
        .filter((o) => matchOperativePhrase(o.text)?.phrase !== o.text)
        .map((o) => `${o.where}: ${o.text}`);
      assert.deepEqual(missed, []);
    });

    it('matches every operative paragraph written without italics', () => {
      const missed = openings
        .filter((o) => o.kind === 'operative' || o.kind === 'lettered')
        .filter((o) => !matchOperativePhrase(o.text) && !matchLeadInOperative(o.text))
        .map((o) => `${o.where}: ${o.text.slice(0, 60)}`);
      assert.deepEqual(missed, []);
    });

    it('matches every preambular opener', () => {
      const missed = openings
        .filter((o) => o.kind === 'preambular')
        .filter((o) => !matchPreambularOpener(o.text))
        .map((o) => `${o.where}: ${o.text.slice(0, 60)}`);
      assert.deepEqual(missed, []);
    });
  });
});
