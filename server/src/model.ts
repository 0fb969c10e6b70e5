/**
 * The document model: what the parser makes of a resolution or report.
 * Every feature reads this model; none re-parses the raw text for structure.
 * Positions are zero-based lines and UTF-16 columns, as in LSP.
 */
import type { Position, Range } from 'vscode-languageserver-types';

export type { Position, Range };

export type NodeKind =
  | 'chapter'
  | 'section'
  | 'reportParagraph'
  | 'resolution'
  | 'preamble'
  | 'preambular'
  | 'operative'
  | 'subparagraph'
  | 'annex'
  | 'heading'
  | 'rule'
  | 'paragraph'
  | 'agenda'
  | 'listItem'
  | 'closing';

/** How a label is written: `1.`, `(a)`, `a.`, `(i)`, `i.`, `I.`, `A.`. */
export type LabelStyle = 'arabic' | 'letter' | 'roman' | 'upperLetter' | 'upperRoman';
export type LabelDecoration = 'dot' | 'paren' | 'none';

/** A number or letter label that takes part in a numbering sequence. */
export interface Label {
  /** The label as written, without decoration: `4`, `b`, `ii`, `IV`. */
  readonly text: string;
  /** Numeric value: `b` → 2, `aa` → 27, `iv` → 4. */
  readonly value: number;
  readonly style: LabelStyle;
  readonly decoration: LabelDecoration;
  /** Range of `text` only (what a renumber edit replaces). */
  readonly range: Range;
}

export type ResolutionForm =
  | 'draftResolution' // Draft resolution I
  | 'draftDecision' // Draft decision II
  | 'resolution' // Resolution 27/1, 78/223. Title, Resolution 2524 (2020)
  | 'decision' // Decision 27/1
  | 'embedded' // a draft given in full inside another resolution
  | 'untitled'; // a draft that opens directly with its organ line

export interface Node {
  readonly kind: NodeKind;
  /** Outline name: `Draft resolution I`, `4. Takes note with appreciation`, `(a) The presence of…`. */
  name: string;
  /** Outline detail: a resolution's title, an annex's title. */
  detail?: string;
  /** The whole extent, children included. */
  range: Range;
  /** The heading line or the label with the opening phrase. */
  selectionRange: Range;
  readonly children: Node[];
  /** Number or letter label (`Chapter II` → II, `Rule 3` → 3, `(b)` → b). */
  label?: Label;
  /** Opening phrase of a paragraph (`Takes note with appreciation`, `Recalling also`). */
  phrase?: string;
  phraseRange?: Range;
  /** Whether the opening phrase is in italics (`*Requests*`). */
  phraseItalic?: boolean;
  /** Resolution headings only. */
  form?: ResolutionForm;
  /** Resolution headings only: the organ line (`The General Assembly,`). */
  organ?: { readonly text: string; readonly range: Range };
  /** Paragraph-like nodes: the lines that hold its text (page-break continuations included). */
  lines?: number[];
}

/** `letter`: a table or annex note, `^a`, whose letters restart in each table. */
export type FootnoteStyle = 'superscript' | 'tex' | 'plain' | 'star' | 'markdown' | 'letter';

export interface FootnoteMarker {
  readonly number: number;
  /** For superscript markers, the digits as written (`¹⁰²`). */
  readonly text: string;
  readonly range: Range;
  readonly style: FootnoteStyle;
}

export interface FootnoteBody {
  readonly number: number;
  /** The label as written (`¹²`, `*`, `[^12]:`). */
  readonly labelText: string;
  /** Range of the number only. */
  readonly labelRange: Range;
  /** The whole body, label included. */
  readonly range: Range;
  /** The footnote's text without its label. */
  readonly text: string;
  readonly style: FootnoteStyle;
}

/** A run of numbered items that should count 1, 2, 3 … (or A, B, C …). */
export type SequenceKind =
  | 'chapter'
  | 'section'
  | 'reportParagraph'
  | 'draftResolution'
  | 'draftDecision'
  | 'adoptedResolution'
  | 'adoptedDecision'
  | 'operative'
  | 'subparagraph'
  | 'annex'
  | 'annexHeading'
  | 'annexParagraph'
  | 'rule'
  | 'ruleParagraph'
  | 'numberedHeading'
  | 'listItem';

export interface Sequence {
  readonly kind: SequenceKind;
  /** The items in document order; each has a `label`. */
  readonly items: Node[];
  /** Where the sequence starts counting: 1 for most; undefined when it may start anywhere (adopted `Resolution 27/3`). */
  readonly first?: number;
}

export interface DocumentModel {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: readonly number[];
  /** Top-level outline nodes (chapters, or resolutions for a single draft). */
  readonly children: Node[];
  readonly sequences: Sequence[];
  readonly markers: FootnoteMarker[];
  readonly footnotes: FootnoteBody[];
  /** Consecutive footnote bodies, for folding. */
  readonly footnoteBlocks: Range[];
  /**
   * When a long report was parsed chapter by chapter, each chapter's own model (with the
   * document's line numbers): checks that read one chapter at a time keep their results for
   * the chapters an edit did not touch.
   */
  readonly chapters?: readonly DocumentModel[];
  /** Masthead and adoption lines of an issued document (metadata, not structure). */
  readonly metadata: { readonly text: string; readonly range: Range }[];
}

export function lineText(model: DocumentModel, line: number): string {
  const start = model.lineStarts[line];
  if (start === undefined) return '';
  let end = line + 1 < model.lineStarts.length ? model.lineStarts[line + 1] : model.text.length;
  while (end > start && (model.text[end - 1] === '\n' || model.text[end - 1] === '\r')) end--;
  return model.text.slice(start, end);
}

export function offsetAt(model: DocumentModel, position: Position): number {
  if (position.line >= model.lineStarts.length) return model.text.length;
  const start = model.lineStarts[position.line];
  return Math.min(start + position.character, start + lineText(model, position.line).length);
}

/** A client's position past a line's end or the document's end stands for that end. */
export function positionInside(model: DocumentModel, position: Position): Position {
  const last = model.lineStarts.length - 1;
  if (position.line > last) return { line: last, character: lineText(model, last).length };
  const line = Math.max(0, position.line);
  return { line, character: Math.max(0, Math.min(position.character, lineText(model, line).length)) };
}

/** Every node, depth first, in document order. */
export function walk(nodes: readonly Node[]): readonly Node[] {
  let all = walked.get(nodes);
  if (!all) {
    const out: Node[] = [];
    const visit = (list: readonly Node[]) => {
      for (const node of list) {
        out.push(node);
        visit(node.children);
      }
    };
    visit(nodes);
    walked.set(nodes, (all = out));
  }
  return all;
}

// Models are never changed once parsed: each list of nodes is walked once.
const walked = new WeakMap<readonly Node[], readonly Node[]>();

export function contains(range: Range, position: Position): boolean {
  const afterStart =
    position.line > range.start.line ||
    (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd =
    position.line < range.end.line ||
    (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** Negative when `a` comes first, as `Array.prototype.sort` expects. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
