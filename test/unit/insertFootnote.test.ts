import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { doc, lines, rangeOf, service } from '../helpers';

/** Inserts a footnote at `position`; the resulting text and where the cursor lands. */
function insert(text: string, position: Position): { text: string; cursor: Position } {
  const document = doc(text);
  const result = service.runCommand('insertFootnote', document, position)!;
  return { text: TextDocument.applyEdits(document, result.edits), cursor: result.cursor! };
}

/** Types `typed` at `cursor` in `text`. */
function type(text: string, cursor: Position, typed: string): string {
  const document = doc(text);
  return TextDocument.applyEdits(document, [{ range: { start: cursor, end: cursor }, newText: typed }]);
}

const draft = lines(
  'The General Assembly,',
  '',
  'Recalling the Charter,¹ and the Covenant,',
  '',
  '¹ Charter.',
  '',
  'Noting the Declaration,² and the report,³',
  '',
  '² Declaration.',
  '',
  '³ Report.',
);

describe('insert footnote', () => {
  it('inserts the next number at the cursor, moves later footnotes up and puts the cursor in the new body', () => {
    const { text, cursor } = insert(draft, rangeOf(draft, 'Covenant,').end);
    assert.equal(text, lines(
      'The General Assembly,',
      '',
      'Recalling the Charter,¹ and the Covenant,²',
      '',
      '¹ Charter.',
      '',
      '² ',
      '',
      'Noting the Declaration,³ and the report,⁴',
      '',
      '³ Declaration.',
      '',
      '⁴ Report.',
    ));
    assert.deepEqual(cursor, { line: 6, character: 2 });
    const typed = type(text, cursor, 'Covenant.');
    assert.deepEqual(service.getDiagnostics(doc(typed)).filter((d) => String(d.code).startsWith('footnote-')), []);
    assert.equal(service.getHover(doc(typed), rangeOf(typed, '²').start)!.range!.start.line, 2);
  });

  it('places the body before the later ones in the same block', () => {
    const { text, cursor } = insert(draft, rangeOf(draft, 'Declaration,').end);
    assert.equal(text, lines(
      'The General Assembly,',
      '',
      'Recalling the Charter,¹ and the Covenant,',
      '',
      '¹ Charter.',
      '',
      'Noting the Declaration,² ³ and the report,⁴',
      '',
      '² ',
      '',
      '³ Declaration.',
      '',
      '⁴ Report.',
    ));
    assert.deepEqual(cursor, { line: 8, character: 2 });
  });

  it('creates a footnote block after the paragraph when it has none', () => {
    const text = lines('The General Assembly,', '', 'Recalling the Charter', 'and the Covenant,', '', 'Noting the report,');
    const result = insert(text, rangeOf(text, 'Charter').end);
    assert.equal(result.text, lines('The General Assembly,', '', 'Recalling the Charter¹', 'and the Covenant,', '', '¹ ', '', 'Noting the report,'));
    assert.deepEqual(result.cursor, { line: 5, character: 2 });
  });

  it('puts the body in the block that cuts the paragraph at a page break', () => {
    const text = lines(
      '1. *Requests* the Secretary-General to report,¹ in consultation with',
      '',
      '¹ A/70/1.',
      '',
      'Member States, on the implementation of the present resolution;',
    );
    const result = insert(text, rangeOf(text, 'Secretary-General').end);
    assert.equal(result.text, lines(
      '1. *Requests* the Secretary-General¹ to report,² in consultation with',
      '',
      '¹ ',
      '',
      '² A/70/1.',
      '',
      'Member States, on the implementation of the present resolution;',
    ));
    assert.deepEqual(result.cursor, { line: 2, character: 2 });
  });

  it('uses the block at the end of the page when it holds a footnote referenced before the cursor', () => {
    const text = lines('Recalling the Charter,¹', '', 'Recalling also the Covenant,', '', 'Noting the report,', '', '¹ Charter.', '', 'Welcoming the plan,');
    const result = insert(text, rangeOf(text, 'Covenant').end);
    assert.equal(result.text, lines('Recalling the Charter,¹', '', 'Recalling also the Covenant²,', '', 'Noting the report,', '', '¹ Charter.', '', '² ', '', 'Welcoming the plan,'));
    assert.deepEqual(result.cursor, { line: 8, character: 2 });
  });

  it('creates a block after the paragraph when the next block holds only later footnotes', () => {
    const text = lines('Recalling the Covenant,', '', 'Noting the report,¹', '', '¹ Report.');
    const result = insert(text, rangeOf(text, 'Covenant').end);
    assert.equal(result.text, lines('Recalling the Covenant¹,', '', '¹ ', '', 'Noting the report,²', '', '² Report.'));
    assert.deepEqual(result.cursor, { line: 2, character: 2 });
  });

  it('inserts after a multi-digit marker when the cursor is inside it, apart from it', () => {
    const text = lines('Recalling the Declaration,¹⁰ and', '', '¹⁰ Declaration.');
    const result = insert(text, { line: 0, character: 27 });
    assert.equal(result.text, lines('Recalling the Declaration,¹⁰ ¹¹ and', '', '¹⁰ Declaration.', '', '¹¹ '));
    assert.deepEqual(result.cursor, { line: 4, character: 3 });
  });

  it('inserts before a marker the cursor stands in front of, apart from it', () => {
    const text = lines('Recalling the Charter,¹ and', '', '¹ Charter.');
    const result = insert(text, { line: 0, character: 22 });
    assert.equal(result.text, lines('Recalling the Charter,¹ ² and', '', '¹ ', '', '² Charter.'));
    assert.deepEqual(result.cursor, { line: 2, character: 2 });
  });

  it('follows the bodies kept on consecutive lines', () => {
    const text = lines('Recalling the Charter,¹ the Covenant and the report,²', '', '¹ Charter.', '² Report.');
    const result = insert(text, rangeOf(text, 'Covenant').end);
    assert.equal(result.text, lines('Recalling the Charter,¹ the Covenant² and the report,³', '', '¹ Charter.', '² ', '³ Report.'));
    assert.deepEqual(result.cursor, { line: 3, character: 2 });
  });

  it('writes a Markdown footnote in a document of Markdown definitions', () => {
    const text = lines('Recalling the Charter[^1] and the Covenant', '', '[^1]: Charter.');
    const result = insert(text, rangeOf(text, 'Covenant').end);
    assert.equal(result.text, lines('Recalling the Charter[^1] and the Covenant[^2]', '', '[^1]: Charter.', '', '[^2]: '));
    assert.deepEqual(result.cursor, { line: 4, character: 6 });
  });

  it('moves up a Markdown definition that comes first in its block', () => {
    const text = lines('Recalling the Charter and the Covenant[^1]', '', '[^1]: Covenant.');
    const result = insert(text, rangeOf(text, 'Charter').end);
    assert.equal(result.text, lines('Recalling the Charter[^1] and the Covenant[^2]', '', '[^1]: ', '', '[^2]: Covenant.'));
    assert.deepEqual(result.cursor, { line: 2, character: 6 });
  });
});
