import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { isNumbered } from '../../server/src/features/footnotes';
import { comparePositions, type FootnoteMarker } from '../../server/src/model';
import { corpusFiles, doc, service } from '../helpers';

/**
 * Footnotes of the real reports. Read by hand: the bodies run 1..115, 1..116 and 1..96
 * in order of first reference, every marker has its body and every body a marker, so
 * none of the three has a footnote defect and none may get a footnote diagnostic. The
 * TeX-spelt `^{29,30}` in ccpcj-22 is a conversion's spelling of two good references, and
 * the two `^a` notes of ccpcj-23 are table notes with their own bodies: neither is a defect.
 */
const expected: Record<string, { markers: number; bodies: number; last: number; defects: [string, number][] }> = {
  'ccpcj-19-chapter-1.txt': { markers: 115, bodies: 115, last: 115, defects: [] },
  'ccpcj-22-chapter-1.txt': { markers: 130, bodies: 116, last: 116, defects: [] },
  'ccpcj-23-chapter-1.txt': { markers: 112, bodies: 98, last: 96, defects: [] },
};

describe('footnotes on the corpus', function () {
  const files = corpusFiles();
  before(function () {
    if (files.length === 0) {
      console.log('    ../shared/corpus is absent: corpus footnote tests skipped');
      this.skip();
    }
  });

  for (const { name, text } of files) {
    describe(name, () => {
      const document = doc(text);
      const model = service.getModel(document);
      const numberedMarkers = () => model.markers.filter((m) => isNumbered(m.style));

      it('reads every marker and body', () => {
        assert.equal(model.markers.length, expected[name].markers);
        assert.equal(model.footnotes.length, expected[name].bodies);
        assert.equal(Math.max(...model.footnotes.filter((b) => isNumbered(b.style)).map((b) => b.number)), expected[name].last);
      });

      it('gives no footnote diagnostic but on its real defects', () => {
        const found = service.getDiagnostics(document).filter((d) => String(d.code).startsWith('footnote-'));
        assert.deepEqual(found.map((d) => [String(d.code), d.range.start.line + 1]), expected[name].defects);
      });

      /** The body a marker means: its number's only body, or for a table note `^a` the next `^a` body. */
      const bodyOf = (marker: FootnoteMarker) => {
        const bodies = model.footnotes.filter((b) => b.number === marker.number && isNumbered(b.style) === isNumbered(marker.style));
        if (marker.style === 'letter') return bodies.find((b) => comparePositions(marker.range.start, b.range.start) < 0);
        assert.equal(bodies.length, 1, `footnote ${marker.text} at line ${marker.range.start.line + 1}`);
        return bodies[0];
      };

      it('goes from every marker, wherever the cursor sits in it, to its body', () => {
        for (const marker of model.markers) {
          for (const position of [marker.range.start, marker.range.end]) {
            const body = bodyOf(marker)!;
            assert.deepEqual(service.getDefinition(document, position), [{ uri: document.uri, range: body.labelRange }], `line ${marker.range.start.line + 1}`);
          }
        }
      });

      it('shows the text of its footnote on every marker', () => {
        for (const marker of model.markers) {
          const hover = service.getHover(document, marker.range.start);
          const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
          const body = bodyOf(marker)!;
          assert.ok(value.endsWith(`\n\n${body.text}`) && body.text.length > 0, `hover at line ${marker.range.start.line + 1}`);
        }
      });

      it('finds every marker of a footnote from its body', () => {
        for (const body of model.footnotes.filter((b) => isNumbered(b.style))) {
          const found = service.getReferences(document, body.labelRange.start, false).map((l) => l.range);
          const markers = numberedMarkers().filter((m) => m.number === body.number).map((m) => m.range);
          assert.deepEqual(found, markers, `footnote ${body.number}`);
        }
      });

      it('has nothing to renumber', () => {
        assert.deepEqual(service.runCommand('renumberFootnotes', document, { line: 0, character: 0 }), { edits: [] });
      });

      it('inserts a footnote before footnote 50: later footnotes move up and the text stays clean', () => {
        const fifty = numberedMarkers().find((m) => m.number === 50)!;
        const result = service.runCommand('insertFootnote', document, fifty.range.start)!;
        const inserted = TextDocument.applyEdits(document, result.edits);
        const typed = TextDocument.applyEdits(doc(inserted), [{ range: { start: result.cursor!, end: result.cursor! }, newText: 'New footnote.' }]);
        const after = doc(typed);
        const afterModel = service.getModel(after);
        assert.equal(afterModel.footnotes.length, model.footnotes.length + 1);
        assert.equal(afterModel.footnotes.find((b) => b.number === 50)?.text, 'New footnote.');
        assert.deepEqual(service.getDiagnostics(after).filter((d) => String(d.code).startsWith('footnote-')), []);
        assert.deepEqual(service.runCommand('renumberFootnotes', after, { line: 0, character: 0 }), { edits: [] });
      });
    });
  }

  it('takes each table note ^a of ccpcj-23 to the note under its own table', function () {
    const file = files.find((f) => f.name === 'ccpcj-23-chapter-1.txt');
    if (!file) this.skip();
    const document = doc(file!.text);
    const letters = service.getModel(document).markers.filter((m) => m.style === 'letter');
    assert.deepEqual(letters.map((m) => [m.range.start.line + 1, service.getDefinition(document, m.range.start)[0]?.range.start.line + 1]), [[553, 577], [1285, 1287]]);
  });

  it('rewrites the TeX-spelt ^{29,30} of ccpcj-22 as superscripts that still reach their bodies', function () {
    const file = files.find((f) => f.name === 'ccpcj-22-chapter-1.txt');
    if (!file) this.skip();
    const document = doc(file!.text);
    const tex = service.getModel(document).markers.find((m) => m.style === 'tex')!;
    const [action] = service.getCodeActions(document, tex.range, []).filter((a) => a.title.startsWith('Write ^{'));
    const fixed = doc(TextDocument.applyEdits(document, action.edit!.changes![document.uri] as TextEdit[]));
    const line = service.getModel(fixed).markers.filter((m) => m.range.start.line === tex.range.start.line);
    assert.deepEqual(line.filter((m) => m.number >= 29).map((m) => [m.text, m.style]), [['²⁹', 'superscript'], ['³⁰', 'superscript']]);
    assert.deepEqual(service.getDiagnostics(fixed).filter((d) => String(d.code).startsWith('footnote-')), []);
  });
});
