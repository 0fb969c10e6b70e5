import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSnippets, generatedFiles, SNIPPETS_FILE, Snippet } from '../../scripts/generate-snippets';
import {
  matchOperativePhrase,
  matchPreambularOpener,
  preambularOpeners,
  standardOperativePhrases,
} from '../../server/src/vocabulary';

/** The repository root (compiled tests run from out/test/unit). */
const root = path.resolve(__dirname, '../../..');

/**
 * Expands a VS Code snippet body with each placeholder's default (the first choice for a
 * choice), and checks its syntax on the way: throws on an unbalanced `${`, a bad tab stop or
 * an unescaped `$`. Returns the text and the tab stop numbers seen.
 */
export function expandSnippet(body: string): { text: string; stops: number[] } {
  const stops: number[] = [];
  let i = 0;
  const parse = (inside: boolean): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\,|'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (inside && c === '}') {
        return out;
      } else if (c === '$') {
        const simple = /^\$(\d+)/.exec(body.slice(i));
        if (simple) {
          stops.push(Number(simple[1]));
          i += simple[0].length;
          continue;
        }
        const open = /^\$\{(\d+)([:|}])/.exec(body.slice(i));
        if (!open) throw new Error(`bad $ at ${i} in ${JSON.stringify(body)}`);
        stops.push(Number(open[1]));
        i += open[0].length;
        if (open[2] === '}') continue;
        if (open[2] === ':') {
          out += parse(true);
          if (body[i] !== '}') throw new Error(`unclosed placeholder in ${JSON.stringify(body)}`);
          i++;
        } else {
          const end = body.indexOf('|}', i);
          if (end < 0) throw new Error(`unclosed choice in ${JSON.stringify(body)}`);
          const choices = body.slice(i, end).split(',');
          assert.ok(choices.length >= 2 && choices.every((x) => x.length > 0), `choices in ${body}`);
          out += choices[0];
          i = end + 2;
        }
      } else {
        out += c;
        i++;
      }
    }
    if (inside) throw new Error(`unclosed placeholder in ${JSON.stringify(body)}`);
    return out;
  };
  const text = parse(false);
  return { text, stops };
}

const bodyText = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

describe('snippets', () => {
  const file = path.join(root, SNIPPETS_FILE);
  const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Snippet>;
  const entries = Object.entries(snippets);

  it('the file is exactly what the generator builds from the vocabulary (run `npm run snippets`)', () => {
    assert.equal(fs.readFileSync(file, 'utf8'), generatedFiles()[SNIPPETS_FILE]);
    assert.deepEqual(snippets, JSON.parse(JSON.stringify(buildSnippets())));
  });

  it('is contributed for the language in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const contributed = (pkg.contributes?.snippets ?? []) as Array<{ language: string; path: string }>;
    assert.ok(
      contributed.some((s) => s.language === 'un-resolution' && path.normalize(s.path) === path.normalize(`./${SNIPPETS_FILE}`)),
      JSON.stringify(contributed),
    );
  });

  it('has at least 60 entries, each with a prefix, a description and a valid body', () => {
    assert.ok(entries.length >= 60, `${entries.length} snippets`);
    const prefixes = new Set<string>();
    for (const [name, s] of entries) {
      const list = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(list.length > 0 && list.every((p) => p.trim().length > 0), `${name}: prefix`);
      for (const p of list) {
        assert.ok(!prefixes.has(p), `${name}: duplicate prefix ${p}`);
        prefixes.add(p);
      }
      assert.ok(s.description.length > 0, `${name}: description`);
      const { text, stops } = expandSnippet(bodyText(s));
      assert.ok(text.trim().length > 0, `${name}: empty body`);
      assert.ok(stops.filter((n) => n === 0).length <= 1, `${name}: several $0`);
      assert.ok(stops.length > 0, `${name}: no tab stop`);
    }
  });

  it('has one snippet per standard operative phrase, italic, ending with a semicolon', () => {
    for (const p of standardOperativePhrases()) {
      const s = snippets[`Operative: ${p.phrase}`];
      assert.ok(s, p.phrase);
      assert.equal(s.prefix, p.phrase.toLowerCase());
      const { text } = expandSnippet(bodyText(s));
      const italic = /^\*([^*]+)\* /.exec(text);
      assert.ok(italic, text);
      assert.equal(matchOperativePhrase(italic[1])?.phrase, p.phrase);
      assert.ok(text.endsWith(';'), text);
    }
  });

  it('has one snippet per preambular opener, ending with a comma', () => {
    for (const opener of preambularOpeners) {
      const s = snippets[`Preambular: ${opener}`];
      assert.ok(s, opener);
      const { text } = expandSnippet(bodyText(s));
      assert.equal(matchPreambularOpener(text)?.base, opener, text);
      assert.ok(text.endsWith(','), text);
    }
  });

  it('inserts the documented bodies', () => {
    assert.equal(snippets['Operative: Requests'].body, '*Requests* ${1:the Secretary-General} to $0;');
    assert.equal(snippets['Preambular: Recalling'].body, 'Recalling ${1:its resolution} $0,');
    assert.equal(snippets['Operative: Takes note with appreciation'].body, '*Takes note with appreciation* of ${1:the report of the Secretary-General}$0;');
  });

  it('has skeletons for a draft resolution, a draft decision, sub-paragraphs, an annex and a footnote', () => {
    const skeleton = (name: string) => {
      const s = snippets[`Skeleton: ${name}`];
      assert.ok(s, name);
      return expandSnippet(bodyText(s)).text.split('\n');
    };

    const resolution = skeleton('draft resolution');
    assert.equal(resolution[0], 'Draft resolution I');
    assert.equal(resolution[4], 'The General Assembly,');
    const paragraphs = resolution.filter((l) => l.trim() && !/^(Draft|Title|The )/.test(l));
    const preamble = paragraphs.filter((l) => !/^\d+\./.test(l));
    const operative = paragraphs.filter((l) => /^\d+\./.test(l));
    assert.ok(preamble.length >= 2 && preamble.every((l) => matchPreambularOpener(l) && l.endsWith(',')), preamble.join('\n'));
    assert.deepEqual(operative.map((l) => l.slice(0, 2)), ['1.', '2.']);
    assert.ok(operative.every((l) => matchOperativePhrase(/^\d+\. \*([^*]+)\*/.exec(l)?.[1] ?? '')));
    assert.ok(operative[0].endsWith(';') && operative[1].endsWith('.'));

    const decision = skeleton('draft decision');
    assert.equal(decision[0], 'Draft decision I');
    assert.ok(decision[4].endsWith(':'));
    assert.deepEqual(decision.filter((l) => /^\([a-z]\)/.test(l)).map((l) => l.slice(0, 3)), ['(a)', '(b)', '(c)']);

    assert.deepEqual(skeleton('sub-paragraph list').filter((l) => l).map((l) => l.slice(0, 3)), ['(a)', '(b)', '(c)']);
    assert.deepEqual(skeleton('roman sub-paragraph list').filter((l) => l).map((l) => l.split(' ')[0]), ['(i)', '(ii)', '(iii)']);
    assert.equal(skeleton('annex')[0], 'Annex I');
    assert.match(skeleton('footnote')[0], /^¹ General Assembly resolution 70\/1\.$/);
  });
});
