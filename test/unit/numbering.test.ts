import * as assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { doc, lines, service } from '../helpers';
import { afterQuickFix, numberingDiagnostics, summary } from '../numberingHelpers';

/** A draft resolution with the given operative part (blocks separated by blank lines). */
function resolution(...operative: string[]): string {
  return lines('Draft resolution', '', 'Strengthening cooperation', '', 'The General Assembly,', '', '*Recalling* its resolution 70/1,', '', operative.join('\n\n'), '');
}

const paragraphs = (...numbers: (number | string)[]) => numbers.map((n, i) => `${n}. *${['Welcomes', 'Requests', 'Invites', 'Encourages', 'Urges', 'Decides'][i % 6]}* the work number ${i + 1};`);

describe('numbering checks', () => {
  describe('operative paragraphs (paragraph-number)', () => {
    it('is silent on 1, 2, 3', () => {
      assert.deepEqual(numberingDiagnostics(doc(resolution(...paragraphs(1, 2, 3)))), []);
    });

    it('reports a deleted paragraph once, on its number, with what was expected', () => {
      const document = doc(resolution(...paragraphs(1, 2, 4, 5)));
      const diagnostics = numberingDiagnostics(document);
      assert.deepEqual(summary(diagnostics), ['13:paragraph-number expected 3 after 2, found 4']);
      const [d] = diagnostics;
      assert.deepEqual(d.range, { start: { line: 12, character: 0 }, end: { line: 12, character: 1 } });
      assert.equal(d.severity, DiagnosticSeverity.Warning);
      assert.equal(d.source, 'un-resolution');
      assert.equal(afterQuickFix(document, d), resolution(...paragraphs(1, 2, 3, 4)));
    });

    it('reports a repeated number once and renumbers from it', () => {
      const document = doc(resolution(...paragraphs(1, 2, 2, 3)));
      const diagnostics = numberingDiagnostics(document);
      assert.deepEqual(summary(diagnostics), ['13:paragraph-number expected 3 after 2, found 2']);
      assert.equal(afterQuickFix(document, diagnostics[0]), resolution(...paragraphs(1, 2, 3, 4)));
    });

    it('reports swapped paragraphs', () => {
      const document = doc(resolution(...paragraphs(1, 3, 2, 4)));
      const diagnostics = numberingDiagnostics(document);
      assert.equal(diagnostics[0].message, 'expected 2 after 1, found 3');
      assert.equal(diagnostics[0].range.start.line, 10);
      assert.equal(afterQuickFix(document, diagnostics[0]), resolution(...paragraphs(1, 2, 3, 4)));
    });

    it('reports a lone wrong number once, and the fix changes only it', () => {
      const document = doc(resolution(...paragraphs(1, 2, 7, 4, 5)));
      const diagnostics = numberingDiagnostics(document);
      assert.deepEqual(summary(diagnostics), ['13:paragraph-number expected 3 after 2, found 7']);
      assert.equal(afterQuickFix(document, diagnostics[0]), resolution(...paragraphs(1, 2, 3, 4, 5)));
    });

    it('reports a first paragraph that is not 1', () => {
      const document = doc(resolution(...paragraphs(2, 3)));
      assert.deepEqual(summary(numberingDiagnostics(document)), ['9:paragraph-number expected 1, found 2']);
    });

    it('restarts at 1 in each resolution', () => {
      const two = lines(
        'Draft resolution I', '', 'First', '', 'The General Assembly,', '', '1. *Welcomes* the report;', '', '2. *Decides* to remain seized.', '',
        'Draft resolution II', '', 'Second', '', 'The General Assembly,', '', '1. *Welcomes* the report;', '', '2. *Decides* to remain seized.', '',
      );
      assert.deepEqual(numberingDiagnostics(doc(two)), []);
    });

    it('lets operative numbering resume after a numbered list that follows a colon', () => {
      const text = resolution(
        '1. *Welcomes* the report;',
        '2. *Approves* the provisional agenda, as follows:',
        '1. Election of officers.', '2. Adoption of the agenda.', '3. Other matters.',
        '3. *Decides* to meet again.',
      );
      assert.deepEqual(numberingDiagnostics(doc(text)), []);
    });

    it('checks a numbered list of its own, 1..n', () => {
      const text = resolution('1. *Approves* the following items:', '1. Election of officers.', '3. Adoption of the agenda.', '4. Other matters.');
      assert.deepEqual(summary(numberingDiagnostics(doc(text))), ['13:paragraph-number expected 2 after 1, found 3']);
    });
  });

  describe('sub-paragraphs (subparagraph-number)', () => {
    const lettered = (...labels: string[]) => resolution('1. *Requests* the Secretariat:', ...labels.map((l, i) => `(${l}) To act on item ${i + 1};`), '2. *Decides* to remain seized.');

    it('is silent on (a) (b) (c) and on (aa) after (z)', () => {
      assert.deepEqual(numberingDiagnostics(doc(lettered('a', 'b', 'c'))), []);
      const letters = Array.from({ length: 28 }, (_, i) => (i < 26 ? String.fromCharCode(97 + i) : ['aa', 'bb'][i - 26]));
      assert.deepEqual(numberingDiagnostics(doc(lettered(...letters))), []);
    });

    it('reports a skipped letter and fixes it', () => {
      const document = doc(lettered('a', 'b', 'd', 'e'));
      const diagnostics = numberingDiagnostics(document);
      assert.deepEqual(summary(diagnostics), ['15:subparagraph-number expected (c) after (b), found (d)']);
      assert.deepEqual(diagnostics[0].range, { start: { line: 14, character: 1 }, end: { line: 14, character: 2 } });
      assert.equal(afterQuickFix(document, diagnostics[0]), lettered('a', 'b', 'c', 'd'));
    });

    it('reads (i) after (h) as the letter i', () => {
      assert.deepEqual(numberingDiagnostics(doc(lettered('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'))), []);
    });

    it('reads (i) under an item that ends with a colon as roman one, even after (h)', () => {
      const text = resolution(
        '1. *Requests* the Secretariat:',
        ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => `(${l}) To act on item ${l};`),
        '(h) To train officials:',
        '(i) To identify victims;', '(ii) To receive complaints;', '(iii) To handle them confidentially;',
        '(i) To support codes of conduct;',
        '2. *Decides* to remain seized.',
      );
      assert.deepEqual(numberingDiagnostics(doc(text)), []);
    });

    it('checks roman items under a lettered item: a skipped (ii)', () => {
      const text = (third: string) => resolution(
        '1. *Requests* the Secretariat:', '(a) To report;', '(b) To act as follows:',
        '(i) To identify victims;', `(${third}) To receive complaints;`, '(c) To review.', '2. *Decides* to remain seized.',
      );
      const document = doc(text('iii'));
      const diagnostics = numberingDiagnostics(document);
      assert.deepEqual(summary(diagnostics), ['17:subparagraph-number expected (ii) after (i), found (iii)']);
      assert.equal(afterQuickFix(document, diagnostics[0]), text('ii'));
    });

    it('restarts under each parent', () => {
      const text = resolution('1. *Requests*:', '(a) To report;', '(b) To act.', '2. *Invites*:', '(a) To report;', '(b) To act.');
      assert.deepEqual(numberingDiagnostics(doc(text)), []);
    });
  });

  describe('headings (heading-number)', () => {
    const draft = (heading: string) => lines(heading, '', 'A title', '', 'The General Assembly,', '', '1. *Decides* to act.', '');

    it('checks Draft resolution I, II, III and fixes a wrong numeral', () => {
      const text = (numerals: string[]) => numerals.map((n) => draft(`Draft resolution ${n}`)).join('\n');
      const document = doc(text(['I', 'II', 'IV', 'IV', 'V']));
      const diagnostics = numberingDiagnostics(document);
      assert.deepEqual(summary(diagnostics), ['17:heading-number expected III after II, found IV']);
      assert.deepEqual(diagnostics[0].range, { start: { line: 16, character: 17 }, end: { line: 16, character: 19 } });
      assert.equal(afterQuickFix(document, diagnostics[0]), text(['I', 'II', 'III', 'IV', 'V']));
    });

    it('accepts a lone Draft resolution and restarts the numerals in each section', () => {
      const text = lines(
        'Chapter I', '', 'Matters calling for action', '',
        'A. Draft resolutions to be recommended by the Economic and Social Council for adoption by the General Assembly', '',
        draft('Draft resolution I'), draft('Draft resolution II'),
        'B. Draft resolutions for adoption by the Economic and Social Council', '', draft('Draft resolution'),
        'C. Draft decisions for adoption by the Economic and Social Council', '', draft('Draft decision I'), draft('Draft decision II'),
      );
      assert.deepEqual(numberingDiagnostics(doc(text)), []);
    });

    it('checks draft decisions', () => {
      const text = lines(draft('Draft decision I'), draft('Draft decision III'));
      assert.deepEqual(summary(numberingDiagnostics(doc(text))), ['9:heading-number expected II after I, found III']);
    });

    it('checks chapters and section letters', () => {
      const text = lines(
        'Chapter I', '', 'Matters calling for action', '', 'A. Draft resolutions for adoption', '',
        '1. The Commission recommends the following draft resolutions.', '', 'C. Draft decisions for adoption', '',
        '2. The Commission recommends the following draft decisions.', '', draft('Draft decision'),
        'Chapter III', '', 'Organization of the session', '',
      );
      assert.deepEqual(summary(numberingDiagnostics(doc(text))), [
        '9:heading-number expected B after A, found C',
        '21:heading-number expected II after I, found III',
      ]);
    });

    it('lets adopted resolutions start anywhere but run on', () => {
      const adopted = (...numbers: number[]) => lines(...numbers.map((n) => draft(`Resolution 27/${n}`)));
      assert.deepEqual(numberingDiagnostics(doc(adopted(3, 4, 5))), []);
      assert.deepEqual(summary(numberingDiagnostics(doc(adopted(1, 2, 4)))), ['17:heading-number expected 3 after 2, found 4']);
    });
  });

  describe('report paragraphs', () => {
    it('run on across sections and chapters', () => {
      const text = (second: number) => lines(
        'Chapter I', '', 'Matters calling for action', '', 'A. Draft resolutions for adoption', '',
        '1. The Commission recommends the adoption of the following draft resolution:', '',
        'Draft resolution', '', 'A title', '', 'The General Assembly,', '', '1. *Decides* to act.', '',
        'B. Draft decisions for adoption', '',
        `${second}. The Commission recommends the adoption of the following draft decision:`, '',
        'Draft decision', '', 'A title', '', 'The Economic and Social Council decides to act.', '',
      );
      assert.deepEqual(numberingDiagnostics(doc(text(2))), []);
      assert.deepEqual(summary(numberingDiagnostics(doc(text(3)))), ['19:paragraph-number expected 2 after 1, found 3']);
    });
  });

  describe('annexes', () => {
    const annex = (...body: string[]) => lines(draft('Draft resolution'), 'Annex', '', 'Guidelines on the matter', '', body.join('\n\n'), '');
    const draft = (heading: string) => lines(heading, '', 'A title', '', 'The General Assembly,', '', '1. *Adopts* the guidelines annexed to the present resolution.', '');

    it('runs annex paragraphs on across headings, and checks roman headings', () => {
      const text = (roman: string, third: number) => annex(
        'I. General principles', '1. States should act together.', '2. States should report.',
        `${roman}. Implementation`, `${third}. States should review the guidelines.`,
      );
      assert.deepEqual(numberingDiagnostics(doc(text('II', 3))), []);
      assert.deepEqual(summary(numberingDiagnostics(doc(text('III', 4)))), [
        '19:heading-number expected II after I, found III',
        '21:paragraph-number expected 3 after 2, found 4',
      ]);
    });

    it('treats short numbered headings as their own sequence, never as paragraphs', () => {
      const text = annex(
        'I. Rules of general application', '1. Basic principle', 'Rule 1', '1. Prisoners shall be treated fairly.', '2. Records shall be kept.',
        '2. Admission', 'Rule 2', '1. Children shall be cared for.', 'Rule 3', '1. Staff shall be trained.',
      );
      assert.deepEqual(numberingDiagnostics(doc(text)), []);
    });

    it('checks rule numbers and rule paragraphs', () => {
      const text = annex('Rule 1', '1. Prisoners shall be treated fairly.', '3. Records shall be kept.', 'Rule 3', '1. Staff shall be trained.');
      assert.deepEqual(summary(numberingDiagnostics(doc(text))), [
        '17:paragraph-number expected 2 after 1, found 3',
        '19:heading-number expected 2 after 1, found 3',
      ]);
    });

    it('lets numbered and lettered headings run on across a plain heading, and restart in each part', () => {
      const runOn = annex(
        'I. Special categories', 'A. Prisoners under sentence', '1. Classification', 'Rule 1', 'Prisoners shall be classified.',
        '2. Prison regime', 'Rule 2', 'Prisoners shall have a regime.', 'Social relations and aftercare', 'Rule 3', 'Contact shall be kept.',
        '3. Pregnant women', 'Rule 4', 'Women shall be cared for.', 'B. Prisoners awaiting trial', 'Rule 5', 'Risks shall be assessed.',
      );
      assert.deepEqual(numberingDiagnostics(doc(runOn)), []);
      assert.deepEqual(summary(numberingDiagnostics(doc(runOn.replace('3. Pregnant', '4. Pregnant')))), ['35:heading-number expected 3 after 2, found 4']);
      const parts = annex(
        'Part one', '1. Basic principle', 'States should act.', '2. Admission', 'States should admit.',
        'Part two', '1. Review', 'States should review.', '2. Reporting', 'States should report.',
      );
      assert.deepEqual(numberingDiagnostics(doc(parts)), []);
    });

    it('checks numbered headings among themselves', () => {
      const text = annex('I. Rules of general application', '1. Basic principle', 'Rule 1', 'Prisoners shall be treated fairly.', '3. Admission', 'Rule 2', 'Children shall be cared for.');
      assert.deepEqual(summary(numberingDiagnostics(doc(text))), ['21:heading-number expected 2 after 1, found 3']);
    });
  });

  describe('provisional agendas', () => {
    it('checks the items 1..n', () => {
      const text = (third: number) => lines(
        'Draft decision', '', 'Provisional agenda of the next session', '',
        'The Economic and Social Council approves the provisional agenda set out below.', '',
        'Provisional agenda', '', '1. Election of officers.', '', '2. Adoption of the agenda.', '', `${third}. Thematic discussion.`, '', '4. Other business.', '',
      );
      assert.deepEqual(numberingDiagnostics(doc(text(3))), []);
      assert.deepEqual(summary(numberingDiagnostics(doc(text(5)))), ['13:paragraph-number expected 3 after 2, found 5']);
    });
  });

  it('respects a user setting that turns the check off', () => {
    const document = doc(resolution(...paragraphs(1, 3)));
    assert.equal(service.getDiagnostics(document, { checks: { 'paragraph-number': 'off' } }).filter((d) => d.code === 'paragraph-number').length, 0);
  });
});
