import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { walk, type Node } from '../../server/src/model';
import { doc, outline, lines, repoRoot, service } from '../helpers';


/** Each labelled node with the label of its parent: `(a) <- 2`. */
function parents(text: string): string[] {
  const model = service.getModel(doc(text));
  const out: string[] = [];
  const visit = (nodes: Node[], parent?: Node) => {
    for (const node of nodes) {
      if (node.label && node.kind !== 'resolution') out.push(`${node.label.text} <- ${parent?.label?.text ?? parent?.kind ?? 'root'}`);
      visit(node.children, node);
    }
  };
  visit(model.children);
  return out;
}

const generalAssembly = lines(
  'United Nations',
  'A/RES/79/55',
  'General Assembly',
  'Distr.: General',
  '10 December 2024',
  'Seventy-ninth session',
  'Agenda item 29',
  'Advancement of women',
  '',
  'Resolution adopted by the General Assembly on 2 December 2024',
  '',
  '[on the report of the Third Committee (A/79/400, para. 8)]',
  '',
  '79/55. Women in rural areas',
  '',
  '*The General Assembly*,',
  '',
  '*Recalling* its resolution 77/1,¹',
  '',
  '1. *Urges* States to act;',
  '',
  '2. *Requests* a report.',
  '',
  '40th plenary meeting',
  '2 December 2024',
  '',
  'Terms of reference of the review',
  '',
  '1. The review shall cover rural areas.',
  '',
  '¹ Resolution 77/1.',
);

describe('resolutions of every organ, as issued', () => {
  it('keeps the masthead and adoption lines as metadata and shows the symbol in the detail', () => {
    const model = service.getModel(doc(generalAssembly));
    assert.deepEqual(model.metadata.map((m) => m.text), [
      'United Nations', 'A/RES/79/55', 'General Assembly', 'Distr.: General', '10 December 2024', 'Seventy-ninth session',
      'Agenda item 29', 'Advancement of women', 'Resolution adopted by the General Assembly on 2 December 2024',
      '[on the report of the Third Committee (A/79/400, para. 8)]',
    ]);
    const [resolution] = service.getDocumentSymbols(doc(generalAssembly));
    assert.equal(resolution.name, 'Resolution 79/55');
    assert.equal(resolution.detail, 'Women in rural areas · A/RES/79/55');
    assert.deepEqual(resolution.selectionRange, { start: { line: 13, character: 0 }, end: { line: 13, character: 27 } });
  });

  it('reads the italic organ line, and what follows the meeting line as the annex', () => {
    assert.deepEqual(outline(generalAssembly), [
      'Resolution 79/55',
      '  Preamble',
      '    Recalling',
      '  1. Urges',
      '  2. Requests',
      '  40th plenary meeting',
      '  Annex',
      '    1. The review shall cover rural areas.',
    ]);
    const model = service.getModel(doc(generalAssembly));
    assert.equal(model.children[0].organ?.text, 'The General Assembly');
    const annex = model.children[0].children[4];
    assert.equal(annex.detail, 'Terms of reference of the review');
  });

  it('reads a Security Council resolution: no title, lettered sections, a. and i. labels, remain seized', () => {
    const text = lines(
      'Resolution 2800 (2025)',
      '',
      'Adopted by the Security Council at its 9999th meeting, on 1 November 2025',
      '',
      'The Security Council,',
      '',
      '*Reaffirming* its commitment to peace,',
      '',
      'A. Sanctions',
      '',
      '1. *Decides* that States shall act:',
      '',
      'a. By freezing assets;',
      '',
      'b. By banning travel:',
      '',
      'i. Of listed persons;',
      '',
      'ii. Of their agents;',
      '',
      'B. Reporting',
      '',
      '2. *Decides* to remain actively seized of the matter.',
    );
    assert.deepEqual(outline(text), [
      'Resolution 2800 (2025)',
      '  Preamble',
      '    Reaffirming',
      '  A. Sanctions',
      '    1. Decides',
      '      a. By freezing assets;',
      '      b. By banning travel:',
      '        i. Of listed persons;',
      '        ii. Of their agents;',
      '  B. Reporting',
      '    2. Decides',
    ]);
    assert.equal(service.getModel(doc(text)).metadata[0].text, 'Adopted by the Security Council at its 9999th meeting, on 1 November 2025');
  });

  it('reads a Security Council draft opening with its sponsors, and four levels of labels', () => {
    const text = readFileSync(path.join(repoRoot, 'samples/sc-resolution.unres'), 'utf8');
    assert.ok(outline(text).includes('        ii. For the purpose of furthering peace…'));
    const draft = lines(
      'S/2025/700',
      '',
      'Albania, France and Japan: draft resolution',
      '',
      'The Security Council,',
      '',
      '1. *Requests* a report:',
      '',
      'a. Covering measures:',
      '',
      'i. In the region:',
      '',
      '1. On the borders;',
      '',
      '2. At ports;',
      '',
      'ii. Elsewhere;',
      '',
      'b. With recommendations;',
      '',
      '2. *Decides* to remain actively seized of the matter.',
    );
    const [resolution] = service.getDocumentSymbols(doc(draft));
    assert.equal(resolution.name, 'Draft resolution');
    assert.equal(resolution.detail, 'Albania, France and Japan · S/2025/700');
    assert.deepEqual(parents(draft), ['1 <- resolution', 'a <- 1', 'i <- a', '1 <- i', '2 <- i', 'ii <- a', 'b <- 1', '2 <- resolution']);
  });

  it('reads a Main Committee draft: masthead, sponsors ending `: revised draft resolution`, then its title', () => {
    const text = lines(
      'A/C.3/80/L.12/Rev.1',
      'Third Committee',
      'Agenda item 71 (b)',
      'Promotion and protection of human rights',
      '',
      'Argentina, Brazil and Chile: revised draft resolution',
      '',
      'The right to privacy in the digital age',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolution 78/213,',
      '',
      '1. *Calls upon* all States to respect the right to privacy.',
    );
    const [resolution] = service.getDocumentSymbols(doc(text));
    assert.equal(resolution.name, 'Revised draft resolution');
    assert.equal(resolution.detail, 'The right to privacy in the digital age · Argentina, Brazil and Chile · A/C.3/80/L.12/Rev.1');
    assert.deepEqual(outline(text).slice(1), ['  Preamble', '    Recalling', '  1. Calls upon']);
    assert.deepEqual(service.getDiagnostics(doc(text)), []);
  });

  it('shows a draft recommended by ECOSOC as a child resolution with its own numbering', () => {
    const text = readFileSync(path.join(repoRoot, 'samples/ecosoc-resolution.unres'), 'utf8');
    assert.deepEqual(outline(text), [
      'Resolution 2025/17',
      '  Preamble',
      '    Recalling',
      '  1. Takes note',
      '  2. Recommends',
      '  Draft resolution',
      '    Preamble',
      '      Recalling',
      '      Mindful',
      '    1. Encourages',
      '    2. Requests',
      '  Adopted without a vote.',
    ]);
    const model = service.getModel(doc(text));
    const operative = model.sequences.filter((s) => s.kind === 'operative').map((s) => s.items.map((i) => i.label!.value));
    assert.deepEqual(operative, [[1, 2], [1, 2]]);
  });

  it('reads a single unnumbered operative paragraph and a declaration annexed after the meeting line', () => {
    const text = lines(
      '78/300. Global compact',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolution 76/6,',
      '',
      '*Adopts* the following compact, as contained in the annex to the present resolution.',
      '',
      '99th plenary meeting',
      '22 September 2024',
      '',
      'Global compact',
      '',
      '*We, the Heads of State and Government*, gathered in New York,',
      '',
      '1. We commit to act.',
      '',
      '2. We will review progress.',
    );
    assert.deepEqual(outline(text), [
      'Resolution 78/300',
      '  Preamble',
      '    Recalling',
      '  Adopts',
      '  99th plenary meeting',
      '  Annex',
      '    We, the Heads of State and…',
      '    1. We commit to act.',
      '    2. We will review progress.',
    ]);
  });

  it('reads a text adopted in full after `Adopts the following …:` as the annex', () => {
    const text = lines(
      '70/1. Transforming our world',
      '',
      'The General Assembly',
      '',
      '*Adopts* the following outcome document of the summit:',
      '',
      'Transforming our world: the 2030 Agenda',
      '',
      'Preamble',
      '',
      'This Agenda is a plan of action.',
      '',
      'Declaration',
      '',
      '1. We, the Heads of State, have met.',
      '',
      '2. We commit to act.',
    );
    assert.deepEqual(outline(text), [
      'Resolution 70/1',
      '  Adopts',
      '  Annex',
      '    Preamble',
      '      This Agenda is a plan of…',
      '    Declaration',
      '      1. We, the Heads of State, have…',
      '      2. We commit to act.',
    ]);
    assert.deepEqual(service.getDiagnostics(doc(text)), []);
  });

  it('reads the lettered parts of an omnibus resolution, each with its own organ line and numbering', () => {
    const text = lines(
      '78/50. Mine action',
      '',
      'A. Assistance in mine action',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolutions,',
      '',
      '1. *Welcomes* the work;',
      '',
      '2. *Requests* a report.',
      '',
      'B. Victims of mines',
      '',
      'The General Assembly,',
      '',
      '1. *Calls upon* States to act.',
      '',
      '50th plenary meeting',
    );
    assert.deepEqual(outline(text), [
      'Resolution 78/50',
      '  A. Assistance in mine action',
      '    Preamble',
      '      Recalling',
      '    1. Welcomes',
      '    2. Requests',
      '  B. Victims of mines',
      '    1. Calls upon',
      '  50th plenary meeting',
    ]);
    assert.deepEqual(service.getDiagnostics(doc(text)), []);
  });

  it('reads an ECOSOC decision as issued: its name, the items in the past tense, the agenda under them', () => {
    const text = lines(
      '2024/250. Report of the Commission on its session',
      '',
      'At its 30th plenary meeting, on 23 July 2024, the Economic and Social Council:',
      '',
      '(a) Took note of the report of the Commission;',
      '',
      '(b) Approved the provisional agenda set out below:',
      '',
      '1. Election of officers.',
      '',
      '2. Other business.',
    );
    assert.deepEqual(outline(text), [
      'Decision 2024/250',
      '  At its 30th plenary meeting, on…',
      '  (a) Took note of the report of…',
      '  (b) Approved the provisional agenda set out…',
      '    1. Election of officers.',
      '    2. Other business.',
    ]);
    assert.deepEqual(service.getDiagnostics(doc(text)), []);
  });

  it('reads parts numbered on a line of their own (`II`, then the title) with the numbering running on', () => {
    const text = lines(
      '78/70. Oceans and the law of the sea',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolutions on the law of the sea,',
      '',
      'I',
      'Implementation of the Convention',
      '',
      '1. *Reaffirms* its resolutions;',
      '',
      'II',
      'Capacity-building',
      '',
      '2. *Invites* Member States to assist developing States.',
    );
    assert.deepEqual(outline(text), ['Resolution 78/70', '  Preamble', '    Recalling', '  I', '    1. Reaffirms', '  II', '    2. Invites']);
    assert.equal(service.getDocumentSymbols(doc(text))[0].children![1].detail, 'Implementation of the Convention');
    assert.deepEqual(service.getDiagnostics(doc(text)), []);
  });

  it('folds a recorded-vote block into one closing entry', () => {
    const text = lines(
      '59/12. Privacy',
      '',
      'The Human Rights Council,',
      '',
      '1. *Decides* to act.',
      '',
      '40th meeting',
      '9 July 2025',
      '',
      '[Adopted by a recorded vote of 30 to 10. The voting was as follows:',
      '',
      'In favour:',
      'Argentina, Benin',
      '',
      'Against:',
      'Cuba',
      '',
      'Abstaining:',
      'India]',
    );
    const [resolution] = service.getDocumentSymbols(doc(text));
    assert.deepEqual(resolution.children!.map((c) => c.name), ['1. Decides', '40th meeting']);
    assert.equal(resolution.children![1].range.end.line, 18);
    assert.ok(service.getFoldingRanges(doc(text)).some((r) => r.startLine === 6 && r.endLine === 18));
  });

  it('nests roman-first lists with letters under them, and a numbered list after a colon', () => {
    const text = lines(
      'The General Assembly,',
      '',
      '1. *Decides* on the following:',
      '',
      '(i) First:',
      '',
      '(a) A letter;',
      '',
      '(b) Another;',
      '',
      '(ii) Second;',
      '',
      '2. *Approves* the agenda:',
      '',
      '1. Election of officers.',
      '2. Other business.',
      '',
      '3. *Requests* a report.',
    );
    assert.deepEqual(parents(text), ['1 <- preamble', 'i <- 1', 'a <- i', 'b <- i', 'ii <- 1', '2 <- preamble', '1 <- 2', '2 <- 2', '3 <- preamble'].map((p) => p.replace('<- preamble', '<- resolution')));
  });

  it('reads Markdown footnotes after a rule and YAML front matter as metadata', () => {
    const text = lines('---', 'symbol: A/RES/79/1', '---', '', 'The General Assembly,', '', 'Recalling its resolution 78/1,[^1]', '', '1. *Welcomes* the report.', '', '---', '', '[^1]: Resolution 78/1, annex.');
    const model = service.getModel(doc(text));
    assert.deepEqual(model.metadata.map((m) => m.text), ['---', 'symbol: A/RES/79/1', '---']);
    assert.deepEqual(outline(text), ['Resolution', '  Preamble', '    Recalling', '  1. Welcomes']);
    assert.deepEqual(model.footnotes.map((f) => [f.number, f.text]), [[1, 'Resolution 78/1, annex.']]);
    assert.deepEqual(model.markers.map((m) => m.number), [1]);
  });

  it('reaches Markdown footnotes from the plain-digit markers a PDF conversion glued to the text', () => {
    const text = lines(
      'The General Assembly,',
      '',
      'Recalling its resolution 76/2 of 2021,1 and its other resolutions,',
      '',
      '1. *Requests* a report in 20242 on the Council,3 and its work.',
      '',
      '---',
      '',
      '[^1]: Resolution 76/2.',
      '[^2]: A/78/150.',
      '[^3]: See A/78/200.',
    );
    const d = doc(text);
    assert.deepEqual(service.getDefinition(d, { line: 2, character: 38 }), [{ uri: d.uri, range: { start: { line: 8, character: 2 }, end: { line: 8, character: 3 } } }]);
    assert.deepEqual(service.getHover(d, { line: 4, character: 30 }), {
      contents: { kind: 'markdown', value: '**Footnote 2**\n\nA/78/150.' },
      range: { start: { line: 4, character: 30 }, end: { line: 4, character: 31 } },
    });
    assert.equal((service.getHover(d, { line: 4, character: 47 })?.contents as { value: string }).value, '**Footnote 3**\n\nSee A/78/200.');
    assert.deepEqual(service.getDiagnostics(d).filter((x) => String(x.code).startsWith('footnote')), []);
  });

  it('parses any of these texts cut at random without throwing, with ranges inside the text', () => {
    const samples = ['ga-resolution.unres', 'sc-resolution.unres', 'ecosoc-resolution.unres'].map((f) => readFileSync(path.join(repoRoot, 'samples', f), 'utf8'));
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const cut = text.slice(0, from) + text.slice(to);
        const model = service.getModel(doc(cut));
        const lineCount = cut.split(/\r\n|\r|\n/).length;
        for (const node of walk(model.children)) assert.ok(node.range.end.line < lineCount && node.range.start.line <= node.range.end.line);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
