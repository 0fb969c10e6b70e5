/** Folding ranges for every multi-line block of the outline and for footnote blocks. */
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import { walk, type DocumentModel } from '../model';

export function getFoldingRanges(model: DocumentModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const node of walk(model.children)) {
    if (node.range.end.line > node.range.start.line) {
      ranges.push({ startLine: node.range.start.line, endLine: node.range.end.line });
    }
  }
  for (const block of model.footnoteBlocks) {
    if (block.end.line > block.start.line) {
      ranges.push({ startLine: block.start.line, endLine: block.end.line, kind: FoldingRangeKind.Comment });
    }
  }
  if (model.metadata.length > 1) {
    ranges.push({ startLine: model.metadata[0].range.start.line, endLine: model.metadata[model.metadata.length - 1].range.end.line, kind: FoldingRangeKind.Region });
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
