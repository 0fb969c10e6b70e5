import * as assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { doc, outline, lines, service } from '../helpers';


const draft = lines(
  'Draft resolution I',
  '',
  'Protecting witnesses',
  '',
  'The General Assembly,',
  '',
  'Recalling its resolution 60/147,¹',
  '',
  'Noting with concern the threats faced by witnesses,',
  '',
  '¹ Resolution 60/147, annex.',
  '',
  '1. *Urges* Member States to protect witnesses, including by:',
  '',
  '(a) Adopting legislation;',
  '',
  '(b) Providing shelters, in particular:',
  '',
  '(i) Safe houses;',
  '',
  '(ii) Relocation;',
  '',
  '2. *Takes note with appreciation* of the work of the Office;',
  '',
  '3. *Requests* the Secretary-General to report on the matter.',
  '',
  'Annex',
  '',
  'Model provisions',
  '',
  'I. Scope',
  '',
  '1. These provisions apply to all witnesses.',
  '',
  'Rule 1',
  '',
  '1. A witness shall be informed.',
);

describe('document symbols', () => {
  it('builds the tree of a draft resolution: preamble, operative paragraphs, sub-paragraphs, annex', () => {
    assert.deepEqual(outline(draft), [
      'Draft resolution I',
      '  Preamble',
      '    Recalling',
      '    Noting with concern',
      '  1. Urges',
      '    (a) Adopting legislation;',
      '    (b) Providing shelters, in particular:',
      '      (i) Safe houses;',
      '      (ii) Relocation;',
      '  2. Takes note with appreciation',
      '  3. Requests',
      '  Annex',
      '    I. Scope',
      '      1. These provisions apply to all witnesses.',
      '      Rule 1',
      '        1. A witness shall be informed.',
    ]);
  });

  it('gives kinds, details and ranges: the resolution spans its annex, its selection is the heading', () => {
    const [resolution] = service.getDocumentSymbols(doc(draft));
    assert.equal(resolution.kind, SymbolKind.Class);
    assert.equal(resolution.detail, 'Protecting witnesses');
    assert.deepEqual(resolution.selectionRange, { start: { line: 0, character: 0 }, end: { line: 0, character: 18 } });
    assert.deepEqual(resolution.range, { start: { line: 0, character: 0 }, end: { line: 36, character: 31 } });
    const [preamble, first] = resolution.children!;
    assert.equal(preamble.kind, SymbolKind.Object);
    assert.equal(preamble.children![0].kind, SymbolKind.Property);
    assert.equal(first.kind, SymbolKind.Method);
    assert.deepEqual(first.range, { start: { line: 12, character: 0 }, end: { line: 20, character: 16 } });
    assert.equal(first.children![0].kind, SymbolKind.Field);
    const annex = resolution.children![4];
    assert.equal(annex.name, 'Annex');
    assert.equal(annex.detail, 'Model provisions');
    assert.equal(annex.kind, SymbolKind.Package);
  });

  it('leaves footnote bodies out of the outline', () => {
    const names = outline(draft);
    assert.ok(!names.some((n) => n.includes('Resolution 60/147, annex')));
  });

  it('nests a report: chapter > section > report paragraph and resolutions', () => {
    const report = lines(
      'Chapter I',
      '',
      'Matters calling for action',
      '',
      'A. Draft resolutions for adoption by the Council',
      '',
      '1. The Commission recommends the following draft resolution:',
      '',
      'Draft resolution',
      '',
      'Crime statistics',
      '',
      'The Economic and Social Council,',
      '',
      'Recognizing the value of data,',
      '',
      '1. *Invites* Member States to share data.',
      '',
      'B. Matters brought to the attention of the Council',
      '',
      '2. The following resolution is brought to the attention of the Council:',
      '',
      'Resolution 30/1',
      '',
      'Cybercrime',
      '',
      'The Commission on Crime Prevention and Criminal Justice,',
      '',
      '1. *Requests* the Office to act.',
    );
    assert.deepEqual(outline(report), [
      'Chapter I',
      '  A. Draft resolutions for adoption by the Council',
      '    1. The Commission recommends the following draft…',
      '    Draft resolution',
      '      Preamble',
      '        Recognizing',
      '      1. Invites',
      '  B. Matters brought to the attention of the Council',
      '    2. The following resolution is brought to…',
      '    Resolution 30/1',
      '      1. Requests',
    ]);
    const [chapter] = service.getDocumentSymbols(doc(report));
    assert.equal(chapter.detail, 'Matters calling for action');
    assert.equal(chapter.children![1].children![1].detail, 'Cybercrime');
  });

  it('reads one later chapter of a report, whose paragraphs count on from where it starts, without a numbering slip', () => {
    const text = lines('Chapter III', '', 'Organizational matters', '', 'A. Opening of the session', '', '41. The Commission held its session.', '', '42. The Chair opened it.', '', 'B. Attendance', '', '43. States attended.');
    assert.deepEqual(outline(text), [
      'Chapter III',
      '  A. Opening of the session',
      '    41. The Commission held its session.',
      '    42. The Chair opened it.',
      '  B. Attendance',
      '    43. States attended.',
    ]);
    assert.deepEqual(service.getDiagnostics(doc(text)), []);
  });

  it('joins a paragraph cut by a page break and its footnotes', () => {
    const text = lines(
      'The General Assembly,',
      '',
      'Recalling the outcome of the Congress, held in',
      '',
      '² A/CONF.222/17.',
      '',
      'Kyoto in 2021, and its declaration,',
      '',
      '1. *Welcomes* the declaration;',
      '',
      '2. *Requests* the Office to follow up, in particular',
      '',
      'through technical assistance.',
    );
    const [resolution] = service.getDocumentSymbols(doc(text));
    const [preamble, first, second] = resolution.children!;
    assert.equal(preamble.children!.length, 1);
    assert.equal(preamble.children![0].range.end.line, 6);
    assert.equal(first.name, '1. Welcomes');
    assert.equal(second.range.end.line, 12);
    assert.equal(resolution.children!.length, 3);
  });

  it('reads (i) after (h) as a letter and (i) under (a) as roman one', () => {
    const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((l) => `(${l}) Item ${l};`);
    const text = lines('The General Assembly,', '', '1. *Decides* that:', '', ...letters.flatMap((l) => [l, '']), '2. *Requests* a report:', '', '(a) On prisons:', '', '(i) Their capacity;', '', '(ii) Their staff;', '', '(b) On courts.');
    const [resolution] = service.getDocumentSymbols(doc(text));
    const [first, second] = resolution.children!;
    assert.deepEqual(first.children!.map((c) => c.name.slice(0, 3)), ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)']);
    assert.deepEqual(second.children!.map((c) => c.name), ['(a) On prisons:', '(b) On courts.']);
    assert.deepEqual(second.children![0].children!.map((c) => c.name), ['(i) Their capacity;', '(ii) Their staff;']);
  });

  it('restarts paragraph numbers in each rule and keeps numbered short headings as headings', () => {
    const text = lines(
      'Annex',
      '',
      'Rules for the treatment of detainees',
      '',
      '1. Admission',
      '',
      'Rule 1',
      '',
      '1. Every detainee shall be registered.',
      '',
      '2. Registers shall be kept confidential.',
      '',
      '2. Allocation',
      '',
      'Rule 2',
      '',
      '1. Detainees shall be held close to home.',
    );
    assert.deepEqual(outline(text), [
      'Annex',
      '  1. Admission',
      '    Rule 1',
      '      1. Every detainee shall be registered.',
      '      2. Registers shall be kept confidential.',
      '  2. Allocation',
      '    Rule 2',
      '      1. Detainees shall be held close to…',
    ]);
  });

  it('tolerates dirty text from PDFs without inventing structure', () => {
    const text = lines(
      'Contents\tPage',
      'I.\tMatters calling for action . . . . . 3',
      'The General Assembly,',
      '',
      'Recalling its resolution 70/1,^{12 &quot;',
      '',
      '- 1. *Notes* the report;',
      '',
      '- (a) Takes\tnote of the annex;',
      '',
      '\t2. *Requests* the Secretary-General to report; 19',
    );
    const names = outline(text);
    assert.deepEqual(names, ['Resolution', '  Preamble', '    Recalling', '  1. Notes', '    (a) Takes note of the annex;', '  2. Requests']);
  });

  it('reads labels that lost their space in conversion', () => {
    const text = lines('The General Assembly,', '', '1.*Requests* a report:', '', '(a)Annually;', '', '(b) In full.');
    assert.deepEqual(outline(text), ['Resolution', '  1. Requests', '    (a) Annually;', '    (b) In full.']);
  });

  it('skips running heads and page numbers of a converted PDF and joins the paragraph they cut', () => {
    const text = lines(
      'The General Assembly,',
      '',
      'Recalling the report of the',
      '',
      '3/35',
      '',
      'A/RES/80/1',
      '',
      '25-01234 (E)',
      '',
      'Secretary-General,',
      '',
      '1. *Requests* a report.',
    );
    const [resolution] = service.getDocumentSymbols(doc(text));
    assert.deepEqual(outline(text), ['Resolution', '  Preamble', '    Recalling', '  1. Requests']);
    assert.equal(resolution.children![0].children![0].range.end.line, 10);
  });

  it('lists a provisional agenda under its decision, with lettered sub-items', () => {
    const text = lines(
      'Draft decision',
      '',
      'Provisional agenda of the next session',
      '',
      'The Economic and Social Council:',
      '',
      '(a) Approves the provisional agenda set out below.',
      '',
      'Provisional agenda',
      '',
      '1. Election of officers.',
      '2. Strategic questions:',
      ' - (a) Budget;',
      ' - (b) Governance.',
      '',
      'Documentation',
      '',
      'Report of the Executive Director',
      '',
      '3. Other business.',
    );
    assert.deepEqual(outline(text), [
      'Draft decision',
      '  (a) Approves',
      '  Provisional agenda',
      '    1. Election of officers.',
      '    2. Strategic questions:',
      '      (a) Budget;',
      '      (b) Governance.',
      '    3. Other business.',
    ]);
  });

  it('survives empty and whitespace-only documents', () => {
    assert.deepEqual(outline(''), []);
    assert.deepEqual(outline('\n\n   \t\n'), []);
  });
});
