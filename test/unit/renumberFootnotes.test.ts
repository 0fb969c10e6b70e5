import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toSuperscript } from '../../server/src/numbering';
import { doc, lines, service } from '../helpers';

function renumbered(text: string): string {
  const document = doc(text);
  return TextDocument.applyEdits(document, service.runCommand('renumberFootnotes', document, { line: 0, character: 0 })!.edits);
}

describe('renumber footnotes', () => {
  it('numbers footnotes 1..n in order of first reference, bodies with their markers', () => {
    const text = lines(
      'Recalling the Charter,³ the Covenant,¹ and the Charter again,³',
      '',
      '³ Charter.',
      '',
      '¹ Covenant.',
      '',
      'Noting the Declaration,⁷',
      '',
      '⁷ Declaration.',
    );
    assert.equal(renumbered(text), lines(
      'Recalling the Charter,¹ the Covenant,² and the Charter again,¹',
      '',
      '¹ Charter.',
      '',
      '² Covenant.',
      '',
      'Noting the Declaration,³',
      '',
      '³ Declaration.',
    ));
  });

  it('changes only the digits, one edit per changed number', () => {
    const text = lines('Recalling the Charter,² and the Covenant,¹', '', '² A.', '', '¹ B.');
    const document = doc(text);
    assert.deepEqual(service.runCommand('renumberFootnotes', document, { line: 0, character: 0 })!.edits, [
      { range: { start: { line: 0, character: 22 }, end: { line: 0, character: 23 } }, newText: '¹' },
      { range: { start: { line: 0, character: 41 }, end: { line: 0, character: 42 } }, newText: '²' },
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, newText: '¹' },
      { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } }, newText: '²' },
    ]);
  });

  it('writes wider and narrower numbers in place', () => {
    const markers = Array.from({ length: 10 }, (_, i) => `note${toSuperscript(i + 2)}`).join(' ');
    const bodies = Array.from({ length: 10 }, (_, i) => `${toSuperscript(i + 2)} Text ${i + 2}.`);
    const expectedMarkers = Array.from({ length: 10 }, (_, i) => `note${toSuperscript(i + 1)}`).join(' ');
    const expectedBodies = Array.from({ length: 10 }, (_, i) => `${toSuperscript(i + 1)} Text ${i + 2}.`);
    assert.equal(renumbered(lines(`Recalling ${markers}`, '', ...bodies)), lines(`Recalling ${expectedMarkers}`, '', ...expectedBodies));
  });

  it('renumbers TeX and Markdown markers and Markdown definitions in their own style', () => {
    const text = lines('Recalling the Convention^{4,5} and the Protocol[^9]', '', '⁴ A.', '', '[^5]: B.', '', '[^9]: C.');
    assert.equal(renumbered(text), lines('Recalling the Convention^{1,2} and the Protocol[^3]', '', '¹ A.', '', '[^2]: B.', '', '[^3]: C.'));
  });

  it('gives a repeated number to each body and the markers before it', () => {
    const text = lines('Recalling the Charter,¹ the Covenant,²', '', '¹ One.', '', '² Two.', '', 'Noting the report,² and the plan,⁴', '', '² Three.', '', '⁴ Four.');
    assert.equal(renumbered(text), text.replace('report,²', 'report,³').replace('² Three', '³ Three'));
  });

  it('numbers a marker without a body where it stands, and a body nothing refers to where it stands', () => {
    const text = lines('Recalling the Charter,⁵ and the Covenant,⁸', '', '⁵ Charter.', '', '⁶ Unused.', '', 'Noting the report,⁹', '', '⁹ Report.');
    assert.equal(renumbered(text), lines('Recalling the Charter,¹ and the Covenant,²', '', '¹ Charter.', '', '³ Unused.', '', 'Noting the report,⁴', '', '⁴ Report.'));
  });

  it('leaves star and table notes alone and returns no edit when all is in order', () => {
    const text = lines('Report of the Commission*', '', 'Recalling the Charter,¹ and the Guidelines^a', '', '¹ One.', '', '^a Two.', '', '* Three.');
    const document = doc(text);
    assert.deepEqual(service.runCommand('renumberFootnotes', document, { line: 0, character: 0 }), { edits: [] });
  });

  describe('property: only footnote digits change, and renumbering twice changes nothing more', () => {
    const superscriptMarker = fc.integer({ min: 1, max: 120 }).map((n) => `,${toSuperscript(n)}`);
    const texMarker = fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 3 }).map((ns) => `^{${ns.join(',')}}`);
    const markdownMarker = fc.integer({ min: 1, max: 120 }).map((n) => `[^${n}]`);
    const words = fc.constantFrom('Recalling the Charter', 'and resolution 60/1 of 2005', 'the 12 States', 'paragraph 3');
    const sentence = fc.array(fc.tuple(words, fc.option(fc.oneof(superscriptMarker, superscriptMarker, texMarker, markdownMarker))), { minLength: 1, maxLength: 5 })
      .map((parts) => parts.map(([w, m]) => `${w}${m ?? ''}`).join(' '));
    const body = fc.tuple(fc.integer({ min: 1, max: 120 }), fc.boolean(), fc.constantFrom('Resolution 70/1, annex.', 'See *Treaty Series*, vol. 2.'))
      .map(([n, markdown, t]) => (markdown ? `[^${n}]: ${t}` : `${toSuperscript(n)} ${t}`));
    const document = fc.array(fc.oneof(sentence, body), { minLength: 1, maxLength: 12 }).map((blocks) => blocks.join('\n\n'));

    /** The text with every footnote digit taken out. */
    const withoutFootnoteDigits = (text: string) =>
      text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '').replace(/\^\{[\d,]*\}/g, (m) => m.replace(/\d/g, '')).replace(/\[\^\d+\]/g, '[^]');

    it('holds for generated drafts', () => {
      fc.assert(
        fc.property(document, (text) => {
          const once = renumbered(text);
          assert.equal(withoutFootnoteDigits(once), withoutFootnoteDigits(text));
          assert.equal(renumbered(once), once);
          const second = doc(once);
          assert.deepEqual(service.runCommand('renumberFootnotes', second, { line: 0, character: 0 })!.edits, []);
        }),
        { numRuns: 300 },
      );
    });
  });
});
