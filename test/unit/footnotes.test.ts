import * as assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver-types';
import { doc, lines, rangeOf, service } from '../helpers';

/** A draft with superscript, multi-digit, TeX and Markdown markers and their bodies. */
const text = lines(
  'Draft resolution',
  'Crime prevention',
  '',
  'The General Assembly,',
  '',
  'Recalling its resolution 46/152,¹ the Declaration¹⁰² and the *Model Strategies*,¹',
  '',
  '¹ General Assembly resolution 46/152, annex.',
  '',
  '¹⁰² See *Official Records of the General Assembly*, para. 4.',
  '',
  '1. *Requests* the Secretary-General to report on the Convention^{29,30} and the Protocol;[^7]',
  '',
  '²⁹ Resolution 55/25, annex I.',
  '',
  '³⁰ Resolution 55/25, annex II.',
  '',
  '[^7]: United Nations, *Treaty Series*, vol. 2225.',
);
const draft = doc(text);
const at = (line: number, character: number): Position => ({ line, character });
const uri = draft.uri;

describe('footnotes: go to definition', () => {
  it('goes from a marker to its body label', () => {
    assert.deepEqual(service.getDefinition(draft, at(5, 32)), [{ uri, range: { start: at(7, 0), end: at(7, 1) } }]);
  });

  it('treats a multi-digit marker as one wherever the cursor sits in it', () => {
    const marker = rangeOf(text, '¹⁰²');
    assert.deepEqual(marker, { start: at(5, 49), end: at(5, 52) });
    for (let character = 49; character <= 52; character++) {
      assert.deepEqual(service.getDefinition(draft, at(5, character)), [{ uri, range: { start: at(9, 0), end: at(9, 3) } }], `column ${character}`);
    }
  });

  it('reads ^{29,30} as two markers, each with its own body', () => {
    assert.deepEqual(service.getDefinition(draft, rangeOf(text, '29,30').start), [{ uri, range: { start: at(13, 0), end: at(13, 2) } }]);
    assert.deepEqual(service.getDefinition(draft, rangeOf(text, '30}').start), [{ uri, range: { start: at(15, 0), end: at(15, 2) } }]);
  });

  it('follows a Markdown [^7] to its [^7]: definition', () => {
    assert.deepEqual(service.getDefinition(draft, rangeOf(text, '[^7]').end), [{ uri, range: { start: at(17, 2), end: at(17, 3) } }]);
  });

  it('answers nothing away from markers, or on a marker with no body', () => {
    assert.deepEqual(service.getDefinition(draft, at(5, 10)), []);
    assert.deepEqual(service.getDefinition(doc('Recalling the Convention,⁴ and'), at(0, 25)), []);
  });

  it('follows a star marker to the body that opens with a star, and leaves italics alone', () => {
    const starred = lines('Report of the Commission*', '', '1. *Requests* the secretariat to report;', '', '* Reissued for technical reasons.');
    const d = doc(starred);
    assert.deepEqual(service.getModel(d).markers.map((m) => m.range), [rangeOf(starred, '*')]);
    assert.deepEqual(service.getDefinition(d, at(0, 24)), [{ uri: d.uri, range: { start: at(4, 0), end: at(4, 1) } }]);
    assert.deepEqual(service.getHover(d, at(0, 24))?.contents, { kind: 'markdown', value: '**Footnote \\***\n\nReissued for technical reasons.' });
  });

  it('follows a table note ^a to the nearest ^a body after it', () => {
    const table = lines(
      'Guideline 1. States should use the Guidelines.^a', '', '^a Resolution 2002/13, annex.', '',
      'Guideline 2. States may use the model treaty.^a', '', '^a Report of the Eighth Congress.',
    );
    const d = doc(table);
    assert.deepEqual(service.getDefinition(d, rangeOf(table, '^a').start), [{ uri: d.uri, range: { start: at(2, 1), end: at(2, 2) } }]);
    assert.deepEqual(service.getDefinition(d, at(4, 46)), [{ uri: d.uri, range: { start: at(6, 1), end: at(6, 2) } }]);
  });

  it('links a number used twice to the body that follows each marker', () => {
    const twice = lines('Recalling the Charter,² and', '', '² First text.', '', 'Recalling the Covenant,² and', '', '² Second text.');
    const d = doc(twice);
    assert.deepEqual(service.getDefinition(d, at(0, 22)), [{ uri: d.uri, range: { start: at(2, 0), end: at(2, 1) } }]);
    assert.deepEqual(service.getDefinition(d, at(4, 23)), [{ uri: d.uri, range: { start: at(6, 0), end: at(6, 1) } }]);
  });

  it('does not take the exponent of a unit for a marker', () => {
    assert.deepEqual(service.getModel(doc('an area of 50 km² and 3 m³ of water,¹ as')).markers.map((m) => m.number), [1]);
  });
});

describe('footnotes: references and highlights', () => {
  const markersOfOne = [{ uri, range: { start: at(5, 32), end: at(5, 33) } }, { uri, range: { start: at(5, 80), end: at(5, 81) } }];

  it('finds every marker of a footnote from its body number, with the body when the declaration is asked for', () => {
    assert.deepEqual(service.getReferences(draft, at(7, 0), false), markersOfOne);
    assert.deepEqual(service.getReferences(draft, at(7, 1), true), [{ uri, range: { start: at(7, 0), end: at(7, 1) } }, ...markersOfOne]);
  });

  it('finds the same set from any marker', () => {
    assert.deepEqual(service.getReferences(draft, at(5, 81), true), [{ uri, range: { start: at(7, 0), end: at(7, 1) } }, ...markersOfOne]);
  });

  it('finds the markers of a number that has no body', () => {
    const stray = doc(lines('Recalling the Charter,⁴ and the Covenant,⁴', '', 'Noting the report,¹', '', '¹ A/70/1.'));
    assert.deepEqual(service.getReferences(stray, at(0, 22), true).map((l) => l.range), [
      { start: at(0, 22), end: at(0, 23) }, { start: at(0, 41), end: at(0, 42) },
    ]);
  });

  it('highlights the body label as written and the markers as read', () => {
    assert.deepEqual(service.getDocumentHighlights(draft, at(5, 32)), [
      { range: { start: at(7, 0), end: at(7, 1) }, kind: 3 },
      { range: { start: at(5, 32), end: at(5, 33) }, kind: 2 },
      { range: { start: at(5, 80), end: at(5, 81) }, kind: 2 },
    ]);
  });

  it('highlights nothing away from footnotes', () => {
    assert.deepEqual(service.getDocumentHighlights(draft, at(3, 4)), []);
  });
});

describe('footnotes: hover', () => {
  it('shows the footnote text as Markdown, italics kept, with its number', () => {
    assert.deepEqual(service.getHover(draft, at(5, 50)), {
      contents: { kind: 'markdown', value: '**Footnote 102**\n\nSee *Official Records of the General Assembly*, para. 4.' },
      range: { start: at(5, 49), end: at(5, 52) },
    });
  });

  it('shows a Markdown definition and a TeX reference alike', () => {
    assert.equal((service.getHover(draft, rangeOf(text, '[^7]').end)?.contents as { value: string }).value, '**Footnote 7**\n\nUnited Nations, *Treaty Series*, vol. 2225.');
    assert.equal((service.getHover(draft, rangeOf(text, '30}').start)?.contents as { value: string }).value, '**Footnote 30**\n\nResolution 55/25, annex II.');
  });

  it('joins a body that runs over several lines', () => {
    const d = doc(lines('Recalling the Charter,¹', '', '¹ *Official Records of the General Assembly,', 'Seventy-first Session*, annex.'));
    assert.equal((service.getHover(d, at(0, 22))?.contents as { value: string }).value, '**Footnote 1**\n\n*Official Records of the General Assembly, Seventy-first Session*, annex.');
  });

  it('has nothing to show for a marker without a body or for plain text', () => {
    assert.equal(service.getHover(doc('Recalling the Convention,⁴ and'), at(0, 25)), null);
    assert.equal(service.getHover(draft, at(0, 3)), null);
  });
});

describe('footnotes: typing a marker', () => {
  it('completes ^12 to ¹², replacing what was typed', () => {
    const d = doc(lines('Recalling the Convention^12', '', '¹² Resolution 44/25, annex.'));
    const [item] = service.getCompletions(d, at(0, 27));
    assert.equal(item.label, '¹²');
    assert.equal(item.filterText, '^12');
    assert.deepEqual(item.textEdit, { range: { start: at(0, 24), end: at(0, 27) }, newText: '¹²' });
    assert.deepEqual(item.documentation, { kind: 'markdown', value: 'Resolution 44/25, annex.' });
  });

  it('offers nothing elsewhere', () => {
    assert.deepEqual(service.getCompletions(doc('Recalling 12'), at(0, 12)), []);
    assert.deepEqual(service.getCompletions(doc('Recalling ^{12'), at(0, 14)), []);
  });
});
