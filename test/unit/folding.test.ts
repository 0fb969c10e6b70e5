import * as assert from 'node:assert/strict';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import { doc, lines, service } from '../helpers';

describe('folding ranges', () => {
  it('folds resolutions, the preamble, paragraphs with sub-paragraphs and footnote blocks', () => {
    const text = lines(
      'Draft resolution', // 0
      '',
      'Title',
      '',
      'The General Assembly,', // 4
      '',
      'Recalling its resolution 1/1,¹', // 6
      '',
      'Noting the report,²', // 8
      '',
      '¹ Resolution 1/1.', // 10
      '² A/1/1.', // 11
      '',
      '1. *Decides*:', // 13
      '',
      '(a) To act;', // 15
      '',
      '(b) To report.', // 17
    );
    const ranges = service.getFoldingRanges(doc(text));
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: 17 },
      { startLine: 6, endLine: 8 },
      { startLine: 10, endLine: 11, kind: FoldingRangeKind.Comment },
      { startLine: 13, endLine: 17 },
    ]);
  });
});
