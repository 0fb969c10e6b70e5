import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { generatedFiles, GRAMMAR_FILE } from '../../scripts/generate-snippets';

/** The repository root (compiled tests run from out/test/unit). */
const root = path.resolve(__dirname, '../../..');
const corpusDir = path.resolve(__dirname, '../../../../shared/corpus');
const S = '.un-resolution';

interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: vsctm.IGrammar;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'source.un-resolution') return null;
      const file = path.join(root, GRAMMAR_FILE);
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const g = await registry.loadGrammar('source.un-resolution');
  assert.ok(g, 'grammar loads');
  return g;
}

/** Tokenizes lines in sequence (carrying the rule stack), returning each line's tokens. */
function tokenize(text: string): Token[][] {
  let stack = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the text `part` in `line` (tokens covering it must all carry the same scopes). */
function scopesOf(line: string, part: string): string[] {
  const tokens = tokenize(line)[0];
  const start = line.indexOf(part);
  assert.ok(start >= 0, `${part} in ${line}`);
  let offset = 0;
  const covering: Token[] = [];
  for (const t of tokens) {
    const end = offset + t.text.length;
    if (end > start && offset < start + part.length) covering.push(t);
    offset = end;
  }
  assert.ok(covering.length > 0, `no token for ${part}`);
  // Scopes common to every token of the part.
  return [...covering[0].scopes].filter((s) => covering.every((t) => t.scopes.includes(s)));
}

function assertScope(line: string, part: string, scope: string): void {
  const scopes = scopesOf(line, part);
  assert.ok(scopes.includes(scope + S), `“${part}” in “${line}”: expected ${scope}${S}, got ${scopes.join(' ')}`);
}

function assertNoScope(line: string, part: string, scope: string): void {
  const scopes = scopesOf(line, part);
  assert.ok(!scopes.includes(scope + S), `“${part}” in “${line}”: unexpected ${scope}${S}`);
}

describe('grammar', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  it('the file is exactly what the generator builds from the vocabulary (run `npm run snippets`)', () => {
    assert.equal(fs.readFileSync(path.join(root, GRAMMAR_FILE), 'utf8'), generatedFiles()[GRAMMAR_FILE]);
  });

  it('is contributed for the language in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const grammars = (pkg.contributes?.grammars ?? []) as Array<{ language: string; scopeName: string; path: string }>;
    assert.ok(
      grammars.some(
        (g) => g.language === 'un-resolution' && g.scopeName === 'source.un-resolution' && path.normalize(g.path) === path.normalize(`./${GRAMMAR_FILE}`),
      ),
    );
  });

  it('uses only scope names suffixed .un-resolution', () => {
    const names = JSON.stringify(JSON.parse(fs.readFileSync(path.join(root, GRAMMAR_FILE), 'utf8'))).match(/"(?:name|contentName)":"[^"]*"/g) ?? [];
    for (const n of names) {
      const value = JSON.parse(`{${n}}`) as Record<string, string>;
      const scopes = Object.values(value)[0].split(' ');
      if (scopes[0] === 'UN') continue; // the grammar's display name
      assert.ok(scopes.every((s) => s.endsWith(S)), n);
    }
  });

  describe('headings', () => {
    for (const line of ['Chapter IV', 'Draft resolution II', 'Draft resolution', 'Draft decision I', 'Resolution 27/1', 'Decision 27/1', 'Resolution 2524 (2020)', '**Draft resolution III**']) {
      it(line, () => assertScope(line, line, line.startsWith('Chapter') ? 'markup.heading.chapter' : 'markup.heading.resolution'));
    }
    it('78/223. Title of an issued resolution', () => {
      const line = '78/223. Protecting seafarers in a changing world';
      assertScope(line, 'Protecting seafarers', 'markup.heading.resolution');
      assertScope(line, '78/223', 'constant.numeric.resolution');
    });
    it('sections, annexes and rules', () => {
      assertScope('B. Draft resolutions for adoption by the Council', 'Draft resolutions', 'markup.heading.section');
      assertScope('II. Guiding principles', 'Guiding principles', 'markup.heading.section');
      assertScope('Annex', 'Annex', 'markup.heading.annex');
      assertScope('Annex II', 'Annex II', 'markup.heading.annex');
      assertScope('Annex A – Items subject to export controls', 'Items subject', 'markup.heading.annex');
      assertScope('Rule 3', 'Rule 3', 'markup.heading.rule');
    });
    it('not a sentence that happens to start like one', () => {
      assertNoScope('Resolution 27/1 was adopted without a vote.', 'Resolution', 'markup.heading.resolution');
      assertNoScope('Annex to the present report', 'Annex', 'markup.heading.annex');
    });
  });

  describe('organ line', () => {
    it('plain, italic, with comma or colon', () => {
      assertScope('The General Assembly,', 'The General Assembly', 'entity.name.type.organ');
      assertScope('*The Economic and Social Council*,', 'The Economic and Social Council', 'entity.name.type.organ');
      assertScope('The Commission on Narcotic Drugs:', 'The Commission on Narcotic Drugs', 'entity.name.type.organ');
      assertScope('The Security Council', 'The Security Council', 'entity.name.type.organ');
    });
    it('not an ordinary sentence', () => {
      assertNoScope('The Council decides to remain seized of the matter.', 'The Council', 'entity.name.type.organ');
    });
  });

  describe('preambular openers', () => {
    const cases: Array<[string, string]> = [
      ['Recalling its resolution 56/119 of 19 December 2001,', 'Recalling'],
      ['Recalling also its resolution 62/173,', 'Recalling also'],
      ['Noting with concern that the figures remain high,', 'Noting with concern'],
      ['Bearing in mind the principles,', 'Bearing in mind'],
      ['Guided also by the purposes of the Charter,', 'Guided also by'],
      ['Further recalling the report,', 'Further recalling'],
      ['Deeply concerned about violence,', 'Deeply concerned'],
      ['*Reaffirming also* its commitment,', 'Reaffirming also'],
    ];
    for (const [line, phrase] of cases) {
      it(phrase, () => assertScope(line, phrase, 'entity.name.function.preambular'));
    }
    it('italic openers are also italic', () => assertScope('*Reaffirming also* its commitment,', 'Reaffirming also', 'markup.italic'));
    it('not in the middle of a line, nor a similar word', () => {
      assertNoScope('Draft text recalling its resolution,', 'recalling', 'entity.name.function.preambular');
      assertNoScope('Recallings are rare,', 'Recallings', 'entity.name.function.preambular');
    });
  });

  describe('operative paragraphs', () => {
    const cases: Array<[string, string]> = [
      ['1. *Requests* the Secretary-General to report;', 'Requests'],
      ['12. *Also requests* the Secretary-General;', 'Also requests'],
      ['3. *Reiterates its invitation* to Member States;', 'Reiterates its invitation'],
      ['4. *Takes note with appreciation* of the report;', 'Takes note with appreciation'],
      ['5. *Once again strongly urges* States;', 'Once again strongly urges'],
      ['6. Notes the adjustments made;', 'Notes'],
      ['- 2. Invites Member States;', 'Invites'],
      ['(a) Takes note of the report;', 'Takes note'],
    ];
    for (const [line, phrase] of cases) {
      it(phrase, () => assertScope(line, phrase, 'keyword.control.operative'));
    }
    it('italic phrases are italic, plain ones are not', () => {
      assertScope('1. *Requests* the Secretary-General;', 'Requests', 'markup.italic');
      assertNoScope('6. Notes the adjustments made;', 'Notes', 'markup.italic');
    });
    it('the italic run is the phrase: “*Reiterates* its invitation”', () => {
      const line = '1. *Reiterates* its invitation to Governments;';
      assertScope(line, 'Reiterates', 'keyword.control.operative');
      assertNoScope(line, 'its invitation', 'keyword.control.operative');
    });
    it('paragraph numbers', () => {
      assertScope('12. *Also requests* the Secretary-General;', '12.', 'constant.numeric.paragraph');
      assertScope('1. Election of officers.', '1.', 'constant.numeric.paragraph');
      assertNoScope('1. Election of officers.', 'Election', 'keyword.control.operative');
    });
  });

  describe('sub-paragraph labels', () => {
    for (const label of ['(a)', '(ii)', 'a.', 'i.', '(iv)']) {
      it(label, () => assertScope(`${label} To ensure that children are protected;`, label, 'variable.other.subparagraph'));
    }
  });

  describe('footnotes', () => {
    it('markers after words and punctuation', () => {
      assertScope('the programme,¹ should be held', '¹', 'constant.numeric.footnote');
      assertScope('the Declaration¹⁰² and', '¹⁰²', 'constant.numeric.footnote');
      assertScope('the Convention on the Rights of the Child^{29,30} and', '^{29,30}', 'constant.numeric.footnote');
      assertScope('the Convention^{12} and', '^{12}', 'constant.numeric.footnote');
    });
    it('bodies', () => {
      const line = '¹² General Assembly resolution 46/152, annex.';
      assertScope(line, '¹²', 'constant.numeric.footnote');
      assertScope(line, 'General Assembly', 'meta.footnote.body');
      assertScope(line, '46/152', 'variable.other.reference');
      assertScope('[^3]: See A/70/90/Add.1.', '[^3]:', 'constant.numeric.footnote');
      assertNoScope('Recalling its resolution 46/152,', 'Recalling', 'meta.footnote.body');
    });
  });

  describe('inline elements', () => {
    it('document symbols', () => {
      for (const symbol of ['A/RES/70/1', 'E/CN.15/2014/6', 'A/CONF.222/RPM.1/1', 'S/RES/2524 (2020)', 'A/70/90/Add.1', 'E/2012/30', 'A/HRC/RES/56/5']) {
        assertScope(`See ${symbol}, para. 3.`, symbol, 'constant.other.symbol');
      }
      assertNoScope('persons living with HIV/AIDS and', 'HIV/AIDS', 'constant.other.symbol');
    });
    it('resolution references', () => {
      assertScope('Recalling its resolution 56/119 of 19 December 2001,', '56/119', 'variable.other.reference');
      assertScope('and resolutions 66/179, 67/184 and 68/185,', '66/179, 67/184 and 68/185', 'variable.other.reference');
      assertScope('and resolutions 66/179, 67/184 and 68/185,', 'resolutions', 'keyword.other.reference');
      assertScope('Council resolution 155 C (VII) of 13 August 1948', '155 C (VII)', 'variable.other.reference');
      assertScope('its decision 21/1 of 27 April 2012', '21/1', 'variable.other.reference');
      assertScope('resolution [70/1](#), entitled', '[70/1](#)', 'variable.other.reference');
    });
    it('dates', () => {
      assertScope('Recalling its resolution 56/119 of 19 December 2001,', '19 December 2001', 'constant.other.date');
      assertNoScope('in 2001 and', '2001', 'constant.other.date');
    });
    it('quoted titles', () => {
      assertScope('entitled “Strengthening crime prevention”,', '“Strengthening crime prevention”', 'string.quoted.double');
    });
    it('italics and bold', () => {
      assertScope('See *Official Records of the General Assembly*, para. 84.', 'Official Records', 'markup.italic');
      assertScope('**Provisional agenda for the session**', 'Provisional agenda', 'markup.bold');
      assertNoScope('a lone * marker', 'marker', 'markup.italic');
    });
  });

  describe('corpus', () => {
    const files = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')) : [];

    before(function () {
      if (files.length === 0) {
        console.log(`      (skipped: no corpus at ${corpusDir})`);
        this.skip();
      }
    });

    it('tokenizes every file without error, quickly, covering every character', () => {
      for (const f of files) {
        const text = fs.readFileSync(path.join(corpusDir, f), 'utf8').replace(/\r\n?/g, '\n');
        const started = Date.now();
        const lines = tokenize(text);
        assert.ok(Date.now() - started < 5000, `${f} took ${Date.now() - started} ms`);
        text.split('\n').forEach((line, i) => {
          const covered = lines[i].map((t) => t.text).join('');
          assert.equal(covered, line, `${f}:${i + 1}`);
        });
      }
    });

    it('finds each token kind in the corpus', () => {
      const seen = new Set<string>();
      for (const f of files) {
        for (const line of tokenize(fs.readFileSync(path.join(corpusDir, f), 'utf8'))) {
          for (const t of line) for (const s of t.scopes) seen.add(s);
        }
      }
      for (const scope of [
        'markup.heading.chapter', 'markup.heading.section', 'markup.heading.resolution', 'markup.heading.annex',
        'entity.name.type.organ', 'entity.name.function.preambular', 'keyword.control.operative',
        'constant.numeric.paragraph', 'variable.other.subparagraph', 'constant.numeric.footnote', 'meta.footnote.body',
        'constant.other.symbol', 'variable.other.reference', 'constant.other.date', 'string.quoted.double',
        'markup.italic', 'markup.bold',
      ]) {
        assert.ok(seen.has(scope + S), scope);
      }
    });
  });

  describe('language configuration', () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));

    it('keeps document symbols and resolution numbers whole as words', () => {
      const word = new RegExp(config.wordPattern, 'g');
      const words = 'See A/RES/70/1 and E/CN.15/2014/6, resolution 56/119 of A/CONF.222/RPM.1/1; Member States’ role'.match(word);
      assert.deepEqual(words, ['See', 'A/RES/70/1', 'and', 'E/CN.15/2014/6', 'resolution', '56/119', 'of', 'A/CONF.222/RPM.1/1', 'Member', 'States', 'role']);
    });

    it('pairs curly quotes and brackets, and surrounds with asterisks', () => {
      const pairs = (list: Array<[string, string]>) => list.map(([a, b]) => a + b);
      for (const pair of ['()', '[]', '“”', '‘’']) {
        assert.ok(pairs(config.brackets).includes(pair), pair);
        assert.ok(config.autoClosingPairs.some((p: { open: string; close: string }) => p.open + p.close === pair), pair);
        assert.ok(pairs(config.surroundingPairs).includes(pair), pair);
      }
      assert.ok(pairs(config.surroundingPairs).includes('**'));
    });

    it('keeps indentation on Enter (numbering is the server’s)', () => {
      for (const rule of config.onEnterRules as Array<{ beforeText: string; action: { indent: string } }>) {
        assert.equal(rule.action.indent, 'none');
        new RegExp(rule.beforeText);
      }
      assert.ok(config.onEnterRules.some((r: { beforeText: string }) => new RegExp(r.beforeText).test('  (a) To ensure that')));
    });
  });
});
