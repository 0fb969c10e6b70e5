import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import type { DocumentModel } from '../../server/src/model';
import { parseWithCache } from '../../server/src/parse/incremental';
import { parseDocument } from '../../server/src/parse/parser';
import { corpusFiles, repoRoot } from '../helpers';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import { checkTerminalPunctuation } from '../../server/src/features/diagnostics/terminalPunctuation';
import { checkOperativePhrases } from '../../server/src/features/diagnostics/operativePhrase';
import { checkPhraseOrder } from '../../server/src/features/diagnostics/phraseOrder';

const draftingChecksOfWhole = (model: DocumentModel) => [checkTerminalPunctuation, checkOperativePhrases, checkPhraseOrder].flatMap((check) => check(model));
const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}:${d.code}:${d.message}`;

/** A model as plain data, to compare two parses whole. */
const plain = (model: DocumentModel) => JSON.parse(JSON.stringify(model));

// A report of several chapters, written for the test from the samples.
const report = readFileSync(path.join(repoRoot, 'samples/report.unres'), 'utf8');
const chapters = [1, 2, 3, 4].map((n) => report.replace('Chapter I', `Chapter ${'I'.repeat(n).replace('IIII', 'IV')}`)).join('\n\n');

describe('incremental parse by chapter', () => {
  it('gives the model a whole parse gives, for a report of several chapters', () => {
    const { model } = parseWithCache(chapters, 'u', 1);
    assert.deepEqual(plain(model), plain(parseDocument(chapters, 'u', 1)));
    assert.equal(model.children.length, 4);
    assert.deepEqual(model.sequences.filter((s) => s.kind === 'reportParagraph').map((s) => s.items.length), [8]);
  });

  it('after any edit, with the chapters of the previous parse reused, still gives the whole parse', function () {
    this.timeout(60000);
    const pieces = ['', 'x', '\n', '\n\n', 'Chapter V\n\n', '3. *Requests* a report;\n\n', '¹', '(b) Item;\n', 'Draft resolution II\n\n'];
    fc.assert(
      fc.property(fc.nat(), fc.nat(20), fc.constantFrom(...pieces), (at, cut, insert) => {
        const first = parseWithCache(chapters, 'u', 1);
        const offset = at % chapters.length;
        const edited = chapters.slice(0, offset) + insert + chapters.slice(offset + cut);
        const { model } = parseWithCache(edited, 'u', 2, first.cache);
        assert.deepEqual(plain(model), plain(parseDocument(edited, 'u', 2)));
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it('reuses an unchanged chapter, moved to its new line, and never changes the cached one', () => {
    const first = parseWithCache(chapters, 'u', 1);
    const before = plain(first.model);
    const edited = `\n\n${chapters}`;
    const second = parseWithCache(edited, 'u', 2, first.cache);
    assert.equal(second.model.children[3].range.start.line, first.model.children[3].range.start.line + 2);
    assert.deepEqual(plain(first.model), before);
  });

  it('keeps the drafting diagnostics of unchanged chapters, equal to checking the whole parse', () => {
    const drafting = (d: Diagnostic) => ['terminal-punctuation', 'operative-phrase', 'operative-italics', 'phrase-order'].includes(String(d.code));
    const whole = (text: string) => draftingChecksOfWhole(parseDocument(text, 'u', 1)).map(key).sort();
    const service = createLanguageService();
    const slipped = chapters.replaceAll('2. *Requests* the Secretariat to prepare a compilation of such practices.', '2. Asks the Secretariat to act;');
    for (const [version, text] of [slipped, `\n\n\n${slipped}`, slipped.replace('Chapter III', 'Chapter III\n')].entries()) {
      const found = service.getDiagnostics({ uri: 'u', version, getText: () => text }).filter(drafting).map(key).sort();
      assert.deepEqual(found, whole(text));
      assert.ok(found.length >= 8, String(found.length));
    }
  });

  it('gives the whole parse on the corpus joined into one document', function () {
    this.timeout(60000);
    const files = corpusFiles();
    if (files.length === 0) this.skip();
    const joined = files.map((f) => f.text).join('\n\n');
    const first = parseWithCache(joined, 'u', 1);
    assert.deepEqual(plain(first.model), plain(parseDocument(joined, 'u', 1)));
    const lines = joined.split('\n');
    const edited = [...lines.slice(0, 700), '', 'Recalling its resolution 1/1,', ...lines.slice(700)].join('\n');
    assert.deepEqual(plain(parseWithCache(edited, 'u', 2, first.cache).model), plain(parseDocument(edited, 'u', 2)));
  });
});
