import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { doc, lines, service } from '../helpers';

const opening = ['Draft resolution', '', 'Title', '', 'The General Assembly,', ''];

const drafting = new Set(['terminal-punctuation', 'operative-phrase', 'operative-italics', 'phrase-order']);

/** The drafting diagnostics as `line:code`, lines counted from the first after the organ line. */
function findings(...body: string[]): string[] {
  return diagnostics(...body).map((d) => `${d.range.start.line - opening.length}:${d.code}`);
}

function diagnostics(...body: string[]): Diagnostic[] {
  return service.getDiagnostics(doc(lines(...opening, ...body))).filter((d) => drafting.has(String(d.code)));
}

/** The drafting diagnostics of a draft decision with `organ` as its organ line. */
function decisionFindings(organ: string, ...body: string[]): Diagnostic[] {
  const text = lines('Draft decision', '', 'Title', '', organ, '', ...body);
  return service.getDiagnostics(doc(text)).filter((d) => drafting.has(String(d.code)));
}

/** The body after applying the quick fix titled `title` for the diagnostic with `code`. */
function fixed(code: string, title: string, ...body: string[]): string {
  const document = doc(lines(...opening, ...body));
  const all = service.getDiagnostics(document);
  const diagnostic = all.find((d) => d.code === code);
  assert.ok(diagnostic, `no ${code}`);
  const actions = service.getCodeActions(document, diagnostic.range, [diagnostic]);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no fix “${title}” among ${actions.map((a) => a.title).join(', ')}`);
  const text = TextDocument.applyEdits(document, action.edit!.changes![document.uri]);
  return text.split('\n').slice(opening.length).join('\n');
}

describe('drafting checks', () => {
  const clean = [
    'Recalling its resolution 70/1,¹',
    '',
    'Noting with concern the report entitled “Crime and justice”,',
    '',
    '1. *Requests* the Secretary-General to report;',
    '',
    '2. *Also requests* the Secretary-General to consult:',
    '',
    '(a) Member States; and',
    '',
    '(b) Experts, including:',
    '',
    '(i) Scholars;',
    '',
    '(ii) Practitioners;',
    '',
    '3. *Further requests* the Secretary-General to act accordingly;',
    '',
    '4. *Decides* to remain seized of the matter.',
  ];

  it('are silent on a well-formed draft', () => {
    assert.deepEqual(findings(...clean), []);
  });

  describe('terminal-punctuation', () => {
    it('wants a comma after a preambular paragraph', () => {
      assert.deepEqual(findings('Recalling its resolution 70/1;', '', '1. *Decides* to act.'), ['0:terminal-punctuation']);
      assert.equal(fixed('terminal-punctuation', 'Replace the mark with a comma', 'Recalling its resolution 70/1;', '', '1. *Decides* to act.'),
        lines('Recalling its resolution 70/1,', '', '1. *Decides* to act.'));
    });

    it('wants a semicolon after an operative paragraph and a full stop after the last', () => {
      assert.deepEqual(findings('Recalling it,', '', '1. *Requests* a report.', '', '2. *Decides* to act;'), ['2:terminal-punctuation', '4:terminal-punctuation']);
      assert.match(diagnostics('Recalling it,', '', '1. *Requests* a report;', '', '2. *Decides* to act;')[0].message, /last operative paragraph .* full stop/);
    });

    it('inserts a missing mark before a footnote marker', () => {
      assert.equal(fixed('terminal-punctuation', 'End with a semicolon', '1. *Requests* a report²', '', '2. *Decides* to act.'),
        lines('1. *Requests* a report;²', '', '2. *Decides* to act.'));
    });

    it('reads the mark through closing quotes, brackets and footnote markers', () => {
      assert.deepEqual(findings('Noting the study entitled “Crime”,¹', '', 'Recalling (A/70/1),', '', '1. *Decides* to adopt “the text.”'), []);
    });

    it('wants semicolons between sub-paragraphs and the parent’s mark after the last', () => {
      assert.deepEqual(findings('1. *Decides*:', '', '(a) To act,', '', '(b) To report;'), ['2:terminal-punctuation', '4:terminal-punctuation']);
      assert.deepEqual(findings('Noting:', '', '(a) The report;', '', '(b) The study,', '', '1. *Decides* to act.'), []);
      assert.deepEqual(findings('1. *Decides*:', '', '(a) To act; or', '', '(b) To report;', '', '2. *Requests* a report.'), []);
    });

    it('lets words after a list end the paragraph, the item before them ending with a comma', () => {
      const body = ['1. *Requests* a report on:', '', '(a) Crime;', '', '(b) Justice, including:', '', '(i) Courts;', '', '(ii) Prisons,', ''];
      assert.deepEqual(findings(...body, 'to the Assembly at its next session.'), []);
      assert.deepEqual(findings(...body, 'to the Assembly at its next session;'), ['10:terminal-punctuation']);
    });

    it('accepts a colon only where the paragraph introduces something', () => {
      assert.deepEqual(findings('1. *Decides* to act:', '', '2. *Requests* a report.'), ['0:terminal-punctuation']);
      assert.deepEqual(findings('1. *Approves* the provisional agenda:', '', 'Provisional agenda', '', '1. Election of officers.', '', '2. Adoption of the agenda.'), []);
    });

    it('leaves numbered item lists and paragraphs still being typed alone', () => {
      assert.deepEqual(findings('1. *Decides* on the items:', '', '1. Opening', '', '2. Closing', '', '2. *Requests* a report.'), []);
      assert.deepEqual(findings('1. *Requests* a report;', '', '2. '), []);
    });
  });

  describe('operative-phrase', () => {
    it('reports an unknown opening phrase with did-you-mean fixes', () => {
      const [diagnostic] = diagnostics('1. *Requets* a report.');
      assert.equal(diagnostic.code, 'operative-phrase');
      assert.equal(diagnostic.severity, 3);
      assert.match(diagnostic.message, /“Requets” is not a known operative phrase\. Did you mean “Requests”/);
      assert.equal(fixed('operative-phrase', 'Change to “Requests”', '1. *Requets* a report.'), '1. *Requests* a report.');
      assert.equal(fixed('operative-phrase', 'Change to “Also requests”', '1. Requests;', '', '2. *Also reqests* a report.'), lines('1. Requests;', '', '2. *Also requests* a report.'));
    });

    it('leaves paragraphs that open as sentences of a text given in full alone', () => {
      const found = findings('1. *Adopts* the declaration:', '', '2. We recognize the challenge;', '', '3. States shall act.');
      assert.deepEqual(found.filter((f) => f.endsWith('operative-phrase')), []);
    });

    it('accepts infinitives and lead-ins in the lettered items of a decision', () => {
      const items = ['(a) Reaffirm its decision;', '', '(b) Recalling its decision 2010/243, takes note of the report;', '', '(c) Aprove the agenda.'];
      const found = decisionFindings('The Economic and Social Council decides to:', ...items);
      assert.deepEqual(found.map((d) => `${d.range.start.line}:${d.code}`), ['10:operative-phrase']);
    });
  });

  describe('operative-italics', () => {
    it('hints at a plain operative phrase and puts it in italics', () => {
      const [diagnostic] = diagnostics('1. Takes note with appreciation of the report.');
      assert.equal(diagnostic.code, 'operative-italics');
      assert.equal(diagnostic.severity, 4);
      assert.equal(fixed('operative-italics', 'Put “Takes note with appreciation” in italics', '1. Takes note with appreciation of the report.'),
        '1. *Takes note with appreciation* of the report.');
    });

    it('leaves the plain lettered items of a decision alone', () => {
      assert.deepEqual(decisionFindings('The Economic and Social Council:', '(a) Takes note of the report;', '', '(b) Approves the agenda.'), []);
    });
  });

  describe('phrase-order', () => {
    it('reports Also before any bare verb, and swaps the adverbs', () => {
      const body = ['1. *Also requests* a report;', '', '2. *Requests* a study.'];
      assert.deepEqual(findings(...body), ['0:phrase-order']);
      assert.match(diagnostics(...body)[0].message, /“Also requests” comes before any “Requests”/);
      assert.equal(fixed('phrase-order', 'Swap with “Requests”', ...body), lines('1. *Requests* a report;', '', '2. *Also requests* a study.'));
    });

    it('drops the adverb when the bare verb never comes', () => {
      assert.equal(fixed('phrase-order', 'Write “Requests”', '1. *Also requests* a report.'), '1. *Requests* a report.');
    });

    it('reports Further before Also in the same run, not across runs', () => {
      const body = ['1. *Requests* a report;', '', '2. *Further requests* a study;', '', '3. *Also requests* a plan.'];
      assert.deepEqual(findings(...body), ['2:phrase-order']);
      assert.equal(fixed('phrase-order', 'Swap with “Also requests”', ...body),
        lines('1. *Requests* a report;', '', '2. *Also requests* a study;', '', '3. *Further requests* a plan.'));
      assert.deepEqual(findings('1. *Requests* a;', '', '2. *Also requests* b;', '', '3. *Further requests* c;', '', '4. *Requests* d;', '', '5. *Also requests* e.'), []);
    });

    it('counts each resolution on its own', () => {
      const text = lines(...opening, '1. *Requests* a report.', '', 'Draft resolution II', '', 'Title', '', 'The General Assembly,', '', '1. *Also requests* a study.');
      assert.deepEqual(service.getDiagnostics(doc(text)).filter((d) => d.code === 'phrase-order').map((d) => d.range.start.line), [14]);
    });
  });

  it('follows the settings: off, or another severity', () => {
    const document = doc(lines(...opening, '1. Requests a report;'));
    const codes = (settings: Record<string, 'off' | 'error'>) => service.getDiagnostics(document, { checks: settings }).map((d) => `${d.code}:${d.severity}`);
    assert.deepEqual(codes({}).sort(), ['operative-italics:4', 'terminal-punctuation:2']);
    assert.deepEqual(codes({ 'terminal-punctuation': 'off', 'operative-italics': 'error' }), ['operative-italics:1']);
  });
});
