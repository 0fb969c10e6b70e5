import * as assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver-types';
import { doc, lines, service } from '../helpers';
import { afterRenumberAll, summary } from '../numberingHelpers';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const header = ['Draft resolution', '', 'Strengthening cooperation', '', 'The General Assembly,', '', '*Recalling* its resolution 70/1,', ''];

const referenceWarnings = (document: TextDocument) => service.getDiagnostics(document).filter((d) => d.code === 'cross-reference');

/** The position of the `nth` occurrence of `needle` (plus `offset` characters). */
function at(text: string, needle: string, offset = 0, nth = 1): Position {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} in text`);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The one-based lines go to definition leads to. */
function definitionLines(document: TextDocument, position: Position): number[] {
  return service.getDefinition(document, position).map((l) => l.range.start.line + 1);
}

describe('cross-references', () => {
  const text = lines(
    ...header,
    '1. *Requests* the Secretariat:', '', '(a) To report;', '', '(b) To act, in line with subparagraph (a) above;', '',
    '2. *Invites* Member States to consider paragraph 1 above;', '',
    '3. *Encourages* States to implement paragraphs 1 and 2 of the present resolution and paragraph 1 (b);', '',
    '4. *Decides* to consider paragraph 5 of its resolution 67/184, rule 6 of the Standard Minimum Rules, paragraph 38 of the Salvador Declaration and paragraphs 29 and 30 of the statement of principles.', '',
  );
  const document = doc(text);

  it('goes to the cited paragraph', () => {
    assert.deepEqual(definitionLines(document, at(text, 'paragraph 1 above', 10)), [9]);
    assert.deepEqual(definitionLines(document, at(text, 'paragraphs 1 and 2', 17)), [15]);
    assert.deepEqual(definitionLines(document, at(text, 'paragraphs 1 and 2', 11)), [9]);
  });

  it('goes to a cited sub-paragraph', () => {
    assert.deepEqual(definitionLines(document, at(text, 'subparagraph (a) above', 14)), [11]);
    assert.deepEqual(definitionLines(document, at(text, 'paragraph 1 (b)', 13)), [13]);
    assert.deepEqual(definitionLines(document, at(text, 'paragraph 1 (b)', 10)), [9]);
  });

  it('never reads references to other instruments', () => {
    for (const needle of ['paragraph 5 of its', 'rule 6 of', 'paragraph 38 of', 'paragraphs 29 and 30']) {
      assert.deepEqual(definitionLines(document, at(text, needle, needle.indexOf(' ') + 1)), [], needle);
    }
    assert.deepEqual(referenceWarnings(document), []);
  });

  it('warns about a reference to a paragraph that does not exist', () => {
    const broken = doc(lines(...header, '1. *Notes* the report;', '', '2. *Recalls* paragraphs 1 and 7 above, and subparagraph (c) of paragraph 1 above.', ''));
    assert.deepEqual(summary(referenceWarnings(broken)), [
      '11:cross-reference the present resolution has no paragraph 7',
      '11:cross-reference paragraph 1 has no subparagraph (c)',
    ]);
    assert.equal(referenceWarnings(broken)[0].source, 'un-resolution');
  });

  it('says nothing about an ambiguous reference, and leaves it alone when renumbering', () => {
    const text = lines(...header, '1. *Notes* the report;', '', '1. *Notes* the review;', '', '2. *Recalls* paragraph 1 above.', '');
    const document = doc(text);
    assert.deepEqual(referenceWarnings(document), []);
    assert.equal(definitionLines(document, at(text, 'paragraph 1 above', 10)).length, 2);
    assert.equal(afterRenumberAll(document), lines(...header, '1. *Notes* the report;', '', '2. *Notes* the review;', '', '3. *Recalls* paragraph 1 above.', ''));
  });

  it('does not read references inside quotations', () => {
    const text = lines(...header, '1. *Recalls* the words “as set out in paragraph 9 above” of the Declaration;', '', '2. *Decides* to act.', '');
    const document = doc(text);
    assert.deepEqual(referenceWarnings(document), []);
    assert.deepEqual(definitionLines(document, at(text, 'paragraph 9', 10)), []);
  });

  it('does not read a paragraph of another text\'s article', () => {
    const text = lines(...header, '1. *Recalls* article IV, paragraph 3 (e), of the Statute;', '', '2. *Recalls also* article 2, paragraph 1 (a);', '');
    assert.deepEqual(definitionLines(doc(text), at(text, 'paragraph 3', 10)), []);
    assert.deepEqual(referenceWarnings(doc(text)), []);
  });

  describe('in annexes and rules', () => {
    const annex = lines(
      ...header, '1. *Adopts* the rules annexed to the present resolution, in particular paragraph 2 of the annex to the present resolution.', '',
      'Annex', '', 'Rules for the treatment of prisoners', '',
      'I. General', '', '1. The rules apply to all.', '', '2. They apply without discrimination, as stated in paragraph 1 above.', '',
      'Rule 10', '', '1. Health care shall be provided.', '', '2. A woman physician shall be made available.', '',
      'Rule 11', '', '1. Only medical staff shall be present, except as indicated in rule 10, paragraph 2 above.', '',
      '2. Paragraph 1 above applies to searches; see also paragraph 3 of the present resolution.', '',
    );
    const document = doc(annex);

    it('resolves annex, rule and resolution paragraphs in their own scope', () => {
      assert.deepEqual(definitionLines(document, at(annex, 'paragraph 2 of the annex', 10)), [19]);
      assert.deepEqual(definitionLines(document, at(annex, 'paragraph 1 above', 10)), [17]);
      assert.deepEqual(definitionLines(document, at(annex, 'rule 10, paragraph 2', 5)), [21]);
      assert.deepEqual(definitionLines(document, at(annex, 'rule 10, paragraph 2', 19)), [25]);
      assert.deepEqual(definitionLines(document, at(annex, 'Paragraph 1 above', 10)), [29]);
    });

    it('warns when the resolution has no such paragraph', () => {
      assert.deepEqual(summary(referenceWarnings(document)), ['31:cross-reference the present resolution has no paragraph 3']);
    });

    it('renumbers rule and rule-paragraph references with them', () => {
      const slipped = annex.replace('Rule 10', 'Rule 9').replace('Rule 11', 'Rule 10').replace('rule 10, paragraph 2', 'rule 9, paragraph 2');
      assert.equal(afterRenumberAll(doc(slipped)), annex.replace('Rule 10', 'Rule 1').replace('Rule 11', 'Rule 2').replace('rule 10, paragraph 2', 'rule 1, paragraph 2'));
    });
  });
});
