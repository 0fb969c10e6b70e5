import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { editCommands } from '../../server/src/edits/commandResult';
import { createLanguageService } from '../../server/src/service';
import { probePosition } from './probes';
import { fuzzCases, fuzzParameters } from './runs';
import { hostileText, randomDraft, sourceTexts } from './texts';
import { lineLengths, problems } from './wellFormed';

const service = createLanguageService();
const sources = sourceTexts();

// What an edit may remove without saying so: labels, numbers, footnote markers, punctuation, spaces.
const label = /^(?:[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+|[a-z]{1,3}|[A-Z]|[ivxlcdm]+|[IVXLCDM]+)$/;
const mark = /^[\s.,;:()[\]{}^*'"“”‘’–—-]*$/;
const wordsOf = (text: string) => text.match(/[\p{L}\d]+/gu) ?? [];
const onlyMarks = (text: string) => mark.test(text.replace(/[\p{L}\d⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, '')) && wordsOf(text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, ' 1 ')).every((w) => label.test(w));

/**
 * What is wrong with `edits` (of an action titled `title`, or of a command): words removed that
 * neither come back in the edits nor are named by the title, unless the title names what the
 * edit writes in their place (`Change to “Requests”`); for a renumbering, anything but labels.
 */
function lostText(document: TextDocument, edits: readonly TextEdit[], title: string): string[] {
  const inserted = new Set(edits.flatMap((e) => wordsOf(e.newText)).map((w) => w.toLowerCase()));
  const named = new Set(wordsOf(title).map((w) => w.toLowerCase()));
  const renumbering = /renumber/i.test(title);
  const found: string[] = [];
  for (const edit of edits) {
    const removed = document.getText(edit.range);
    if (renumbering && !(onlyMarks(removed) && onlyMarks(edit.newText))) {
      found.push(`“${title}” renumbers ${JSON.stringify(removed)} to ${JSON.stringify(edit.newText)}`);
    } else if (!onlyMarks(removed) && !(saysWhatItWrites(title, edit.newText) && wordsOf(removed).length <= 6)) {
      const lost = wordsOf(removed).filter((w) => !label.test(w) && !inserted.has(w.toLowerCase()) && !named.has(w.toLowerCase()));
      if (lost.length > 0) found.push(`“${title}” removes ${lost.map((w) => JSON.stringify(w)).join(', ')} from ${JSON.stringify(removed)}`);
    }
  }
  return found;
}

function saysWhatItWrites(title: string, newText: string): boolean {
  const written = newText.replace(/\*/g, '').trim();
  return written.length > 0 && title.includes(written);
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? [];
}

let counter = 0;

describe('fuzz: code actions and editing commands change only what they say', function () {
  const cases = fuzzCases(100);
  this.timeout(60_000 + cases * 2000);

  it(`never lose text (${cases} drafts)`, () => {
    const probe = fc.tuple(fc.nat(), fc.nat());
    const draft = fc.oneof({ weight: 2, arbitrary: randomDraft() }, { weight: 1, arbitrary: hostileText(sources) });
    fc.assert(
      fc.property(draft, fc.array(probe, { minLength: 1, maxLength: 3 }), (text, probes) => {
        const document = TextDocument.create(`fuzz://edits-${++counter}.unres`, 'un-resolution', 1, text);
        try {
          const diagnostics = service.getDiagnostics(document);
          const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
          const changes: { title: string; edits: TextEdit[] }[] = [];
          for (const range of [whole, ...diagnostics.slice(0, 20).map((d) => d.range)]) {
            for (const action of service.getCodeActions(document, range, diagnostics)) changes.push({ title: action.title, edits: editsOf(action, document.uri) });
          }
          for (const p of probes) {
            const position = probePosition(document, lineLengths(document), p);
            for (const command of editCommands) {
              const result = service.runCommand(command, document, position);
              if (result) changes.push({ title: command, edits: result.edits });
            }
          }
          changes.forEach(({ title, edits }, i) => {
            assert.deepEqual(problems(edits, document), [], title);
            assert.deepEqual(lostText(document, edits, title), []);
            if (i >= 5) return;
            // The edited text is still a document the service reads (a few per case: a parse each).
            const edited = TextDocument.create(`${document.uri}-edited`, 'un-resolution', 1, TextDocument.applyEdits(document, edits));
            service.getDiagnostics(edited);
            service.forget(edited.uri);
          });
        } finally {
          service.forget(document.uri);
        }
      }),
      fuzzParameters(cases),
    );
  });
});
