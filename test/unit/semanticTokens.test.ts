import * as assert from 'node:assert/strict';
import { semanticTokensLegend } from '../../server/src/features/semanticTokens';
import { doc, lines, service } from '../helpers';

/** The tokens as `line:text:type`, decoded from LSP's relative encoding. */
function tokens(text: string): string[] {
  const { data } = service.getSemanticTokens(doc(text));
  const source = text.split('\n');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    line += data[i];
    out.push(`${line}:${source[line].slice(character, character + data[i + 2])}:${semanticTokensLegend.tokenTypes[data[i + 3]]}`);
  }
  return out;
}

describe('semantic tokens', () => {
  it('uses standard token types only', () => {
    const standard = ['namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter', 'variable', 'property',
      'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment', 'string', 'number', 'regexp', 'operator', 'decorator'];
    for (const type of semanticTokensLegend.tokenTypes) assert.ok(standard.includes(type), type);
  });

  it('tells report paragraphs, preambular and operative paragraphs, sub-paragraphs, headings and footnotes apart', () => {
    const text = lines(
      'Chapter I', //                                                      0
      '',
      'Matters calling for action', //                                     2
      '',
      '1. The Commission recommends the following draft resolution:', //   4
      '',
      'Draft resolution', //                                               6
      '',
      'Title', //                                                          8
      '',
      'The General Assembly,', //                                         10
      '',
      'Recalling its resolution 70/1,¹', //                               12
      '',
      '1. *Requests* a report on:', //                                    14
      '',
      '(a) Crime;', //                                                    16
      '',
      '(b) Justice.', //                                                  18
      '',
      '¹ See A/RES/70/1.', //                                             20
    );
    assert.deepEqual(tokens(text), [
      '0:Chapter I:namespace',
      '4:1:variable',
      '6:Draft resolution:namespace',
      '10:The General Assembly:class',
      '12:Recalling:parameter',
      '12:¹:macro',
      '14:1:number',
      '14:Requests:function',
      '16:a:enumMember',
      '18:b:enumMember',
      '20:¹:decorator',
    ]);
  });

  it('marks a numbered line by what it is, not by how it looks', () => {
    const text = lines('Draft resolution', '', 'Title', '', 'The General Assembly,', '', '1. *Decides* on the agenda:', '', '1. Opening', '', '2. Closing');
    assert.deepEqual(tokens(text).filter((t) => /:(number|enumMember|variable)$/.test(t)), ['6:1:number', '8:1:enumMember', '10:2:enumMember']);
  });
});
