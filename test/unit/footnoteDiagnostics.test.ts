import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { doc, lines, rangeOf, service } from '../helpers';

const at = (line: number, character: number): Position => ({ line, character });
const span = (line: number, start: number, end: number): Range => ({ start: at(line, start), end: at(line, end) });

function footnoteDiagnostics(text: string): Diagnostic[] {
  return service.getDiagnostics(doc(text)).filter((d) => String(d.code).startsWith('footnote-'));
}

/** code, severity and range of each diagnostic, in order. */
function summary(text: string): [string, number, Range][] {
  return footnoteDiagnostics(text).map((d) => [String(d.code), d.severity!, d.range]);
}

function fixes(text: string, range: Range, diagnostics: Diagnostic[]): { document: TextDocument; actions: CodeAction[] } {
  const document = doc(text);
  return { document, actions: service.getCodeActions(document, range, diagnostics) };
}

function applyAction(document: TextDocument, action: CodeAction): string {
  return TextDocument.applyEdits(document, action.edit!.changes![document.uri] as TextEdit[]);
}

const clean = lines(
  'The General Assembly,',
  '',
  'Recalling the Charter,¹ the Covenant,² and the Charter again,¹',
  '',
  '¹ United Nations, *Treaty Series*, vol. 1.',
  '',
  '² Resolution 2200 A (XXI), annex.',
  '',
  '1. *Requests* the Secretary-General to report on the Declaration;³',
  '',
  '³ Resolution 217 A (III).',
);

describe('footnote checks', () => {
  it('say nothing on clean text, a number referenced twice included', () => {
    assert.deepEqual(footnoteDiagnostics(clean), []);
  });

  it('report a deleted body as footnote-undefined on its marker, and the gap it leaves', () => {
    const text = clean.replace('² Resolution 2200 A (XXI), annex.', '');
    assert.deepEqual(footnoteDiagnostics(text), [
      { source: 'un-resolution', code: 'footnote-undefined', severity: 1, range: span(2, 37, 38), message: 'Footnote 2 has no footnote text.' },
      { source: 'un-resolution', code: 'footnote-sequence', severity: 2, range: span(10, 0, 1), message: 'Footnote 3 breaks the sequence (2 is missing): expected 2.' },
    ]);
  });

  it('report a stray marker', () => {
    const text = clean.replace('report on', 'report⁹ on');
    assert.deepEqual(summary(text), [['footnote-undefined', 1, rangeOf(text, '⁹')]]);
  });

  it('report a body no marker refers to as footnote-unused on its number', () => {
    const text = clean.replace('Declaration;³', 'Declaration;');
    assert.deepEqual(footnoteDiagnostics(text), [{
      source: 'un-resolution', code: 'footnote-unused', severity: 2, range: span(10, 0, 1), message: 'No marker refers to footnote 3.',
    }]);
  });

  it('report a repeated body number as footnote-sequence (the marker of 3 then has no body, the second 2 no marker)', () => {
    const text = lines('Recalling the Charter,¹ the Covenant² and the Declaration,³', '', '¹ One.', '', '² Two.', '', '² Three.');
    assert.deepEqual(footnoteDiagnostics(text), [
      { source: 'un-resolution', code: 'footnote-undefined', severity: 1, range: span(0, 58, 59), message: 'Footnote 3 has no footnote text.' },
      { source: 'un-resolution', code: 'footnote-unused', severity: 2, range: span(6, 0, 1), message: 'No marker refers to footnote 2.' },
      { source: 'un-resolution', code: 'footnote-sequence', severity: 2, range: span(6, 0, 1), message: 'Footnote 2 breaks the sequence (repeated): expected 3.' },
    ]);
  });

  it('report the classic ¹ ² ² ⁴ as a repeat and a gap, each marker going to the body after it', () => {
    const text = lines('Recalling the Charter,¹ the Covenant,²', '', '¹ One.', '', '² Two.', '', 'Noting the report,² and the plan,⁴', '', '² Three.', '', '⁴ Four.');
    assert.deepEqual(summary(text), [['footnote-sequence', 2, span(8, 0, 1)], ['footnote-sequence', 2, span(10, 0, 1)]]);
  });

  it('report a gap and a run out of order on the body that breaks it', () => {
    const gap = lines('Recalling the Charter,¹ the Covenant,² and', '', '¹ One.', '', '³ Three.', '', 'Noting,³');
    assert.deepEqual(summary(gap), [['footnote-undefined', 1, span(0, 37, 38)], ['footnote-sequence', 2, span(4, 0, 1)]]);
    assert.equal(footnoteDiagnostics(gap)[1].message, 'Footnote 3 breaks the sequence (2 is missing): expected 2.');
    const swapped = lines('Recalling the Charter,¹ the Covenant,³ and the Declaration,²', '', '¹ One.', '', '³ Three.', '', '² Two.');
    assert.deepEqual(summary(swapped), [['footnote-sequence', 2, span(4, 0, 1)], ['footnote-sequence', 2, span(6, 0, 1)]]);
    assert.equal(footnoteDiagnostics(swapped)[1].message, 'Footnote 2 breaks the sequence (out of order): expected 4.');
  });

  it('let an extract start at any number', () => {
    assert.deepEqual(footnoteDiagnostics(lines('Recalling the Declaration,²⁷ and the Covenant,²⁸', '', '²⁷ One.', '', '²⁸ Two.')), []);
  });

  it('count ^{29,30} and [^7] markers like superscripts', () => {
    assert.deepEqual(footnoteDiagnostics(lines('Recalling the Convention^{1,2} and the Protocol[^3]', '', '¹ One.', '', '[^2]: Two.', '', '³ Three.')), []);
  });

  it('say nothing where markers are plain digits that cannot be told from numbers', () => {
    const converted = lines(
      '---', 'title: Resolution 78/223', '---', '',
      'The General Assembly,', '',
      'Recalling its resolution 70/1 of 25 September 20151 and the report of the Secretary-General; 2',
      '', 'Noting the work of the Economic and Social Council,3', '', '---', '',
      '[^1]: Resolution 70/1.', '[^2]: A/78/100.', '[^3]: E/2023/10.',
    );
    assert.deepEqual(footnoteDiagnostics(converted), []);
  });

  it('leave star notes and table notes out of the numbered checks', () => {
    assert.deepEqual(footnoteDiagnostics(lines('Report of the Commission*', '', 'Guideline 1. Use the Guidelines.^a', '', '* Reissued.', '', '^b Unused.')), []);
  });

  it('follow the settings: off, or another severity', () => {
    const text = clean.replace('report on', 'report⁹ on');
    assert.deepEqual(service.getDiagnostics(doc(text), { checks: { 'footnote-undefined': 'off' } }).filter((d) => d.code === 'footnote-undefined'), []);
    assert.equal(service.getDiagnostics(doc(text), { checks: { 'footnote-undefined': 'warning' } }).find((d) => d.code === 'footnote-undefined')?.severity, 2);
  });
});

describe('footnote quick fixes', () => {
  it('renumber the footnotes from a footnote-sequence warning', () => {
    const text = lines('Recalling the Charter,¹ the Covenant,³ and the Declaration,²', '', '¹ One.', '', '³ Three.', '', '² Two.');
    const diagnostics = footnoteDiagnostics(text);
    const { document, actions } = fixes(text, diagnostics[0].range, [diagnostics[0]]);
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [['Renumber footnotes', 'quickfix', true]]);
    assert.equal(applyAction(document, actions[0]), lines('Recalling the Charter,¹ the Covenant,² and the Declaration,³', '', '¹ One.', '', '² Three.', '', '³ Two.'));
  });

  it('rewrite ^{29,30} as superscripts where the cursor is', () => {
    const text = lines('Recalling the Convention^{29,30} and the Protocol^{31}', '', '²⁹ A.', '', '³⁰ B.', '', '³¹ C.');
    const { document, actions } = fixes(text, span(0, 27, 27), []);
    assert.deepEqual(actions.map((a) => a.title), ['Write ^{29,30} as superscript ²⁹ ³⁰']);
    assert.equal(applyAction(document, actions[0]), text.replace('^{29,30}', '²⁹ ³⁰'));
    assert.deepEqual(fixes(text, span(0, 2, 2), []).actions, []);
  });

  it('rewrite a broken TeX group left by a conversion', () => {
    const text = lines('Recalling the Convention^{17 &quot;and the Protocol', '', '¹⁷ A.');
    const { document, actions } = fixes(text, span(0, 26, 26), []);
    assert.equal(applyAction(document, actions[0]), text.replace('^{17', '¹⁷'));
  });

  for (const [written, fixed] of [
    ['the report of the Secretary-General; 2 and the Charter', 'the report of the Secretary-General;² and the Charter'],
    ['the decision of the Council,2 and the Charter', 'the decision of the Council,² and the Charter'],
    ['the Declaration adopted in 20242 and the Charter', 'the Declaration adopted in 2024² and the Charter'],
  ]) {
    it(`turn a plain-digit marker into a superscript: ${written}`, () => {
      const text = lines(`Recalling the Covenant,¹ ${written},³`, '', '¹ One.', '', '² Two.', '', '³ Three.');
      const [unused] = footnoteDiagnostics(text);
      assert.deepEqual([unused.code, unused.range], ['footnote-unused', span(4, 0, 1)]);
      const { document, actions } = fixes(text, unused.range, [unused]);
      assert.equal(actions.length, 1);
      assert.equal(applyAction(document, actions[0]), text.replace(written, fixed));
      assert.deepEqual(service.getDiagnostics(doc(applyAction(document, actions[0]))), []);
    });
  }

  it('offer no plain-digit fix when the number could stand in two places', () => {
    const text = lines('Recalling the Covenant,¹ the report; 2 and the Council,2 and the Charter,³', '', '¹ One.', '', '² Two.', '', '³ Three.');
    const [unused] = footnoteDiagnostics(text);
    assert.deepEqual(fixes(text, unused.range, [unused]).actions, []);
  });

  it('offer no plain-digit fix for a number that is part of a reference', () => {
    const text = lines('Recalling the Covenant,¹ paragraph 2 of resolution 60/2 and the Charter,³', '', '¹ One.', '', '² Two.', '', '³ Three.');
    const [unused] = footnoteDiagnostics(text);
    assert.deepEqual(fixes(text, unused.range, [unused]).actions, []);
  });
});
