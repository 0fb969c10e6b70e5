/**
 * Insert footnote: the next number at the cursor, later footnotes moved up by one, and
 * an empty body in the footnote block after the current paragraph, where the cursor goes.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { comparePositions, contains, lineText, walk, type DocumentModel, type Position, type Range } from '../model';
import { isSuperscriptDigit, toSuperscript } from '../numbering';
import { footnoteLinks, isNumbered } from '../features/footnotes';
import type { CommandResult } from './commandResult';
import { footnoteNumberEdit, startOf, type Numbered } from './renumberFootnotes';

export function insertFootnote(model: DocumentModel, position: Position): CommandResult {
  const at = outsideMarkers(model, position);
  const numbered = [...model.markers, ...model.footnotes].filter((item) => isNumbered(item.style));
  const number = Math.max(0, ...numbered.filter((item) => comparePositions(startOf(item), at) < 0).map((item) => item.number)) + 1;
  const shifts = new Map(numbered.filter((item) => item.number >= number).map((item) => [item, footnoteNumberEdit(item, item.number + 1)]));
  const markdown = model.footnotes.some((b) => b.style === 'markdown') && !model.footnotes.some((b) => b.style === 'superscript');
  const marker = markdown ? `[^${number}]` : spacedMarker(model, at, toSuperscript(number));
  const stub = `${markdown ? `[^${number}]:` : toSuperscript(number)} `;
  const body = writeBody(model, at, number, stub, shifts);
  const relabels = [...shifts].filter(([item]) => item !== body.replaces).map(([, edit]) => edit);
  const edits = [{ range: { start: at, end: at }, newText: marker }, body.edit, ...relabels];
  return { edits: edits.sort((a, b) => comparePositions(a.range.start, b.range.start)), cursor: body.cursor };
}

/**
 * The edit that writes the body stub, and the cursor in it: after the body before it in
 * the page's block, else before the first later one (then the edit also writes that
 * body's new number, which starts at the same place, and `replaces` its relabel), else
 * in a new block after the paragraph.
 */
function writeBody(
  model: DocumentModel, at: Position, number: number, stub: string, relabels: ReadonlyMap<Numbered, TextEdit>,
): { edit: TextEdit; cursor: Position; replaces?: Numbered } {
  const block = footnoteBlockFor(model, at);
  const bodies = block ? model.footnotes.filter((b) => isNumbered(b.style) && b.range.start.line >= block.start.line && b.range.start.line <= block.end.line) : [];
  const previous = bodies.filter((b) => b.number < number).pop();
  const next = bodies.find((b) => b.number >= number);
  const separator = bodies.length > 1 && bodies[1].range.start.line === bodies[0].range.end.line + 1 ? '\n' : '\n\n';
  if (!previous && next) {
    const line = lineText(model, next.range.start.line);
    const relabel = relabels.get(next)!;
    const before = line.slice(next.range.start.character, relabel.range.start.character);
    const indent = line.slice(0, next.range.start.character);
    return {
      edit: { range: { start: next.range.start, end: relabel.range.end }, newText: `${stub}${separator}${indent}${before}${relabel.newText}` },
      cursor: { line: next.range.start.line, character: next.range.start.character + stub.length },
      replaces: next,
    };
  }
  const after = previous?.range.end ?? block?.end ?? paragraphEnd(model, at);
  const indent = previous ? lineText(model, previous.range.start.line).slice(0, previous.range.start.character) : '';
  const lead = previous ? separator : '\n\n';
  return {
    edit: { range: { start: after, end: after }, newText: `${lead}${indent}${stub}` },
    cursor: { line: after.line + lead.length, character: indent.length + stub.length },
  };
}

/** A cursor inside `¹⁰²` or a body's label (`[^4]:`) inserts after it: a marker or a label is one unit. */
function outsideMarkers(model: DocumentModel, position: Position): Position {
  const labels = [
    ...model.markers.map((m) => m.range),
    ...model.footnotes.map((b) => ({ start: b.range.start, end: b.style === 'markdown' ? { ...b.labelRange.end, character: b.labelRange.end.character + 2 } : b.labelRange.end })),
  ];
  const label = labels.find((range) => contains(range, position) && comparePositions(range.start, position) < 0);
  return label ? label.end : position;
}

/** Keeps the new marker from merging with a neighbouring one (`¹` + `²` would read `¹²`). */
function spacedMarker(model: DocumentModel, at: Position, marker: string): string {
  const text = lineText(model, at.line);
  const before = at.character > 0 && isSuperscriptDigit(text[at.character - 1]) ? ' ' : '';
  const after = at.character < text.length && isSuperscriptDigit(text[at.character]) ? ' ' : '';
  return `${before}${marker}${after}`;
}

/**
 * The footnote block of the page at `at`: one the paragraph holds (a page break), one
 * right after it, or the next one if it holds a footnote referenced before `at` (the
 * page goes on past this paragraph).
 */
function footnoteBlockFor(model: DocumentModel, at: Position): Range | undefined {
  const end = paragraphEnd(model, at);
  const next = model.footnoteBlocks.find((b) => b.end.line >= at.line);
  if (!next) return undefined;
  if (next.start.line <= at.line || next.start.line <= end.line || blankBetween(model, end.line + 1, next.start.line)) return next;
  const { markersOf } = footnoteLinks(model);
  const inBlock = model.footnotes.filter((b) => b.range.start.line >= next.start.line && b.range.start.line <= next.end.line);
  return inBlock.some((b) => markersOf.get(b)!.some((m) => comparePositions(m.range.start, at) < 0)) ? next : undefined;
}

/** Where the paragraph at `at` ends, its sub-paragraphs and page-break continuations included. */
function paragraphEnd(model: DocumentModel, at: Position): Position {
  for (const node of walk(model.children)) {
    if (node.lines && contains(node.range, at)) return node.range.end;
  }
  let line = at.line;
  while (line + 1 < model.lineStarts.length && lineText(model, line + 1).trim() !== '') line++;
  return { line, character: lineText(model, line).length };
}

function blankBetween(model: DocumentModel, from: number, to: number): boolean {
  for (let line = from; line < to; line++) if (lineText(model, line).trim() !== '') return false;
  return true;
}
