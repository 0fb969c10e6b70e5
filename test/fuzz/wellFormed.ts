/**
 * Whether an answer is one an LSP client can use, judged by its shape alone, so that it
 * holds for any feature: every range and position inside the document, ranges in order,
 * a symbol's selection inside its range, folding lines in the document, text edits that do
 * not overlap, semantic tokens that decode to real spans, no NaN, nothing that JSON loses;
 * and a command's cursor where its edits leave it.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

const lengthsOf = new WeakMap<TextDocument, readonly number[]>();

/** Line lengths (without line breaks) of a document, split as LSP splits lines. */
export function lineLengths(document: TextDocument): readonly number[] {
  let lengths = lengthsOf.get(document);
  if (!lengths) lengthsOf.set(document, (lengths = document.getText().split(/\r\n|\r|\n/).map((line) => line.length)));
  return lengths;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isPosition = (value: unknown): value is Position =>
  isObject(value) && typeof value.line === 'number' && typeof value.character === 'number';
const isRange = (value: unknown): value is Range => isObject(value) && isPosition(value.start) && isPosition(value.end);
const isTextEdit = (value: unknown): value is TextEdit => isObject(value) && isRange(value.range) && 'newText' in value;
const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

export interface Options {
  /** The document model is internal: only its ranges must lie in the document. */
  readonly rangesOnly?: boolean;
}

/** The problems with `answer` about `document`; empty when it is well formed. */
export function problems(answer: unknown, document: TextDocument, options: Options = {}): string[] {
  const lengths = lineLengths(document);
  const found: string[] = [];
  const seen = new Set<unknown>();
  const positionProblem = (p: Position): string | undefined => {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return 'not a non-negative integer';
    if (p.line >= lengths.length) return `line ${p.line} of ${lengths.length}`;
    if (p.character > lengths[p.line]) return `character ${p.character} past the end (${lengths[p.line]}) of line ${p.line}`;
    return undefined;
  };
  const visit = (value: unknown, path: string): void => {
    if (found.length > 10) return;
    if (typeof value === 'number' && !Number.isFinite(value)) found.push(`${path}: ${value}`);
    if (!isObject(value) || seen.has(value)) return;
    seen.add(value);
    if (isRange(value)) {
      const problem = positionProblem(value.start) ?? positionProblem(value.end) ?? (before(value.end, value.start) ? 'ends before it starts' : undefined);
      if (problem) found.push(`${path}: range ${JSON.stringify(value)}: ${problem}`);
      return;
    }
    if (isPosition(value)) {
      const problem = positionProblem(value);
      if (problem) found.push(`${path}: position ${JSON.stringify(value)}: ${problem}`);
      return;
    }
    if (!options.rangesOnly) shapeProblems(value, path, lengths, found);
    if (isPosition(value.cursor) && Array.isArray(value.edits)) {
      found.push(...cursorProblems(value.cursor, value.edits as TextEdit[], document).map((p) => `${path}.cursor: ${p}`));
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'cursor') continue;
      if (child === undefined && Array.isArray(value)) found.push(`${path}[${key}]: undefined in an array`);
      visit(child, `${path}.${key}`);
    }
  };
  visit(answer, 'answer');
  return found;
}

function shapeProblems(value: Record<string, unknown>, path: string, lengths: readonly number[], found: string[]): void {
  if (isRange(value.range) && isRange(value.selectionRange)) {
    const { range, selectionRange: selection } = value;
    if (before(selection.start, range.start) || before(range.end, selection.end)) found.push(`${path}: selectionRange outside range`);
  }
  if (typeof value.startLine === 'number' && typeof value.endLine === 'number') {
    if (!(value.startLine >= 0 && value.startLine <= value.endLine && value.endLine < lengths.length)) {
      found.push(`${path}: folding ${value.startLine}-${value.endLine} in ${lengths.length} lines`);
    }
  }
  const semanticTokens = Array.isArray(value.data) && Object.keys(value).every((key) => key === 'data' || key === 'resultId');
  if (semanticTokens) semanticTokenProblems(value.data as number[], path, lengths, found);
  if ('message' in value && isRange(value.range) && (typeof value.message !== 'string' || value.message.length === 0)) {
    found.push(`${path}: a diagnostic without a message`);
  }
  if ('label' in value && 'kind' in value && typeof value.label !== 'string' && !isObject(value.label)) found.push(`${path}: completion label`);
  if (isTextEdit(value) && typeof value.newText !== 'string') found.push(`${path}: newText is not a string`);
  if (Array.isArray(value) && value.length > 1 && value.every(isTextEdit)) overlapProblems(value, path, found);
}

/** LSP forbids overlapping edits in one change (two inserts at one place are allowed). */
function overlapProblems(edits: readonly TextEdit[], path: string, found: string[]): void {
  const pair = overlapping(edits);
  if (pair) found.push(`${path}: edits overlap: ${JSON.stringify(pair[0].range)} and ${JSON.stringify(pair[1].range)}`);
}

function overlapping(edits: readonly TextEdit[]): [TextEdit, TextEdit] | undefined {
  const sorted = [...edits].sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) if (before(sorted[i].range.start, sorted[i - 1].range.end)) return [sorted[i - 1], sorted[i]];
  return undefined;
}

/** Relative (line, start, length, type, modifiers) quintuples that must land on the document's lines. */
function semanticTokenProblems(data: readonly number[], path: string, lengths: readonly number[], found: string[]): void {
  if (data.length % 5 !== 0) return void found.push(`${path}: ${data.length} semantic token numbers, not a multiple of 5`);
  let line = 0;
  let start = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length] = data.slice(i, i + 3);
    if (deltaLine < 0 || length < 0 || (deltaLine === 0 && deltaStart < 0)) return void found.push(`${path}: token ${i / 5} goes backwards`);
    line += deltaLine;
    start = deltaLine === 0 ? start + deltaStart : deltaStart;
    if (line >= lengths.length || start + length > lengths[line]) return void found.push(`${path}: token ${i / 5} at ${line}:${start}+${length} is off its line`);
  }
}

/** Where a command leaves the cursor: a position in the text its edits make. */
function cursorProblems(cursor: Position, edits: readonly TextEdit[], document: TextDocument): string[] {
  // Overlapping edits cannot be applied; they are reported as such.
  if (edits.some((edit) => !isTextEdit(edit)) || overlapping(edits)) return [];
  const edited = TextDocument.create(document.uri, document.languageId, document.version + 1, TextDocument.applyEdits(document, [...edits]));
  return problems({ start: cursor, end: cursor }, edited);
}
