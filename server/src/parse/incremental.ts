/**
 * Re-parsing a long report on every keystroke, without re-reading what did not change. A
 * `Chapter` heading resets all parsing state but the document's runs of chapters and report
 * paragraphs, so the text is cut at its chapter headings and each chapter parsed on its own;
 * a chapter whose text is unchanged comes from the previous parse, moved to its new line.
 * The result is the model a whole parse gives (test/unit/incremental.test.ts).
 */
import type { DocumentModel, FootnoteBody, FootnoteMarker, Label, Node, Range, Sequence } from '../model';
import { lineContent, wrapWidth } from './blocks';
import { splitLines } from './lines';
import { parseDocument } from './parser';
import { readableContent, withoutTrailingMarkers } from './phrases';
import { chapterHeading, thematicBreak } from './patterns';

interface ChapterParse {
  readonly line: number;
  readonly width: number | undefined;
  readonly model: DocumentModel;
}

/** The chapters of the last parse of a document, by their text. */
export type ChapterCache = ReadonlyMap<string, ChapterParse>;


export function parseWithCache(text: string, uri: string, version: number, previous?: ChapterCache): { model: DocumentModel; cache: ChapterCache } {
  const { lines, starts: offsets } = splitLines(text);
  const starts = chapterStarts(lines);
  if (starts.length < 2) return { model: parseDocument(text, uri, version), cache: new Map() };

  const width = wrapWidth(lines);
  const cache = new Map<string, ChapterParse>();
  const parts: DocumentModel[] = [];
  for (let i = 0; i < starts.length; i++) {
    const line = starts[i];
    const end = i + 1 < starts.length ? offsets[starts[i + 1]] : text.length;
    const chunk = text.slice(offsets[line], end);
    const known = previous?.get(chunk) ?? cache.get(chunk);
    let parsed: ChapterParse;
    if (known && known.width === width) {
      parsed = known.line === line ? known : { line, width, model: moveChapter(known, line) };
    } else {
      // Blank lines in front put the chapter at its line: nothing to move afterwards.
      parsed = { line, width, model: parseDocument('\n'.repeat(line) + ownCopy(chunk), uri, version, width ?? null) };
    }
    cache.set(chunk, parsed);
    parts.push(parsed.model);
  }
  return { model: merge(parts, text, offsets, uri, version), cache };
}

/** Line 0 and each chapter heading's line; fewer than two means nothing to gain. */
function chapterStarts(lines: readonly string[]): number[] {
  // YAML front matter may hold anything, a chapter heading too: such a text is read whole.
  const first = lines.find((l) => l.trim().length > 0);
  if (first !== undefined && thematicBreak.test(first.trim())) return [];
  const starts = [0];
  for (let i = 1; i < lines.length; i++) {
    // Read as the parser reads a heading; most lines are turned away by the cheap test first.
    if (lines[i].length < 60 && /Chapter|CHAPTER/.test(lines[i]) && chapterHeading.test(withoutTrailingMarkers(readableContent(lineContent(lines[i]).content)))) {
      starts.push(i);
    }
  }
  return starts;
}

/**
 * A chapter parsed now may be kept for many versions: its names must not hold on to this
 * version's whole text, as a slice of it would.
 */
function ownCopy(chunk: string): string {
  return Buffer.from(chunk, 'utf16le').toString('utf16le');
}

/** The chapters' models as one, with the document-wide runs of chapters and report paragraphs joined. */
function merge(parts: readonly DocumentModel[], text: string, lineStarts: number[], uri: string, version: number): DocumentModel {
  // The document-wide runs come first, as the parser creates them first.
  const documentWide: Sequence[] = (['chapter', 'reportParagraph'] as const).map((kind) => ({ kind, items: [] }));
  const sequences: Sequence[] = [];
  for (const part of parts) {
    for (const sequence of part.sequences) {
      const joined = documentWide.find((s) => s.kind === sequence.kind);
      if (joined) (joined.items as Node[]).push(...sequence.items);
      else sequences.push(sequence);
    }
  }
  sequences.unshift(...documentWide.filter((s) => s.items.length > 0));
  const model: DocumentModel = {
    uri,
    version,
    text,
    lineStarts,
    children: parts.flatMap((p) => p.children),
    sequences,
    markers: parts.flatMap((p) => p.markers),
    footnotes: parts.flatMap((p) => p.footnotes),
    footnoteBlocks: parts.flatMap((p) => p.footnoteBlocks),
    metadata: parts.flatMap((p) => p.metadata),
  };
  // Not part of what the document says (a whole parse has none): hidden from comparisons and JSON.
  Object.defineProperty(model, 'chapters', { value: parts, enumerable: false });
  return model;
}

/** A copy of a chapter's model moved to `line`, with its text too; the cached original is never changed. */
function moveChapter(known: ChapterParse, line: number): DocumentModel {
  const model = known.model;
  const delta = line - known.line;
  // The chapter's text, blank lines in front as when it was parsed, so that its lines stay readable.
  const text = '\n'.repeat(line) + model.text.slice(model.lineStarts[known.line]);
  const moved = new Map<Node, Node>();
  const shiftNode = (node: Node): Node => {
    const copy: Node = {
      ...node,
      range: shift(node.range, delta),
      selectionRange: shift(node.selectionRange, delta),
      children: node.children.map(shiftNode),
    };
    if (node.label) copy.label = { ...node.label, range: shift(node.label.range, delta) } as Label;
    if (node.phraseRange) copy.phraseRange = shift(node.phraseRange, delta);
    if (node.organ) copy.organ = { text: node.organ.text, range: shift(node.organ.range, delta) };
    if (node.lines) copy.lines = node.lines.map((l) => l + delta);
    moved.set(node, copy);
    return copy;
  };
  const children = model.children.map(shiftNode);
  return {
    ...model,
    text,
    lineStarts: splitLines(text).starts,
    children,
    sequences: model.sequences.map((s) => ({ ...s, items: s.items.map((item) => moved.get(item) ?? item) })),
    markers: model.markers.map((m): FootnoteMarker => ({ ...m, range: shift(m.range, delta) })),
    footnotes: model.footnotes.map((f): FootnoteBody => ({ ...f, labelRange: shift(f.labelRange, delta), range: shift(f.range, delta) })),
    footnoteBlocks: model.footnoteBlocks.map((r) => shift(r, delta)),
    metadata: model.metadata.map((m) => ({ text: m.text, range: shift(m.range, delta) })),
  };
}

function shift(range: Range, delta: number): Range {
  return {
    start: { line: range.start.line + delta, character: range.start.character },
    end: { line: range.end.line + delta, character: range.end.character },
  };
}
