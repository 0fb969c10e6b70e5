/**
 * First pass: lines to blocks. A block is a paragraph's worth of consecutive lines
 * (hard-wrapped lines joined) or one footnote body. Page-break continuations across
 * blank lines and footnotes are joined later, by the parser, which knows the context.
 */
import { readBodyLabel, type BodyLabel } from './footnotes';
import { matchOperativePhrase, matchPreambularOpener } from '../vocabulary';
import { closingPunctuation, startsLowerCase, thematicBreak } from './patterns';

export interface Block {
  /** Line numbers of the block, first to last. */
  readonly lines: number[];
  /** Column where the content of the first line starts (after indentation and a list dash). */
  readonly col: number;
  /** First line's content from `col`, trimmed at the end. */
  readonly content: string;
  /** The whole block's text, lines joined by single spaces (a heading broken over two lines reads whole). */
  readonly text: string;
  /** A footnote body's label, if the block is one. */
  readonly footnote?: BodyLabel;
  /** Whether blank lines separate it from the previous block. */
  readonly afterBlank: boolean;
}

// Indentation, including tabs, no-break and zero-width spaces and a byte-order mark.
const leadingSpace = /^[\s\u00a0\u2000-\u200b\u202f\u3000\ufeff]*/;
// A list dash left by PDF conversion before a label: `- 2. Invites`, ` - (a) Work of`.
const listDash = /^[-–—•·]\s+(?=\d{1,4}\.\s|\([a-z]{1,7}\)\s|[a-z]{1,2}\.\s)/;

/** Whether a line starts something of its own, so that it cannot continue the line above. */
const structuralStart =
  /^(?:\d{1,4}\.(?:\s|$|\*?[A-Z])|\([a-z]{1,7}\)(?:\s|\*?[A-Z])|[a-z]{1,2}\.\s|[ivxlc]{1,7}\.\s|[A-Z]\.\s|[IVXLC]+\.\s|Chapter\s|Draft\s+(?:resolution|decision)|Resolution\s+\d|Decision\s+\d|Annex\b|Rule\s+\d|(?:Guideline|Action|Article|Principle|Recommendation|Commitment)\s+\d|\*{0,2}The\s|\[)/;

export interface LineContent {
  readonly col: number;
  readonly content: string;
}

export function lineContent(text: string): LineContent {
  let col = leadingSpace.exec(text)![0].length;
  let content = text.slice(col).trimEnd();
  const dash = listDash.exec(content);
  if (dash) {
    col += dash[0].length;
    content = content.slice(dash[0].length);
  }
  return { col, content };
}

/** `width`: the wrap width of the whole document, when `lines` are only a part of it. */
export function splitBlocks(lines: readonly string[], width = wrapWidth(lines)): Block[] {
  const blocks: Block[] = [];
  let current: { lines: number[]; col: number; content: string; text: string; footnote?: BodyLabel; afterBlank: boolean } | undefined;
  let previousLine = '';
  let blank = true;
  for (let i = 0; i < lines.length; i++) {
    const { col, content } = lineContent(lines[i]);
    if (content.length === 0) {
      current = undefined;
      blank = true;
      continue;
    }
    const footnote = readBodyLabel(content, col);
    if (current && !footnote && continuesLine(current, previousLine, content, width)) {
      current.lines.push(i);
      current.text += ' ' + content;
    } else {
      current = { lines: [i], col, content, text: content, footnote, afterBlank: blank };
      blocks.push(current);
    }
    previousLine = content;
    blank = false;
  }
  return blocks;
}

/**
 * The width a hard-wrapped text is filled to, or undefined when paragraphs are written on
 * one line each: in a wrapped text almost no line runs past a hundred characters.
 */
export function wrapWidth(lines: readonly string[]): number | undefined {
  // Count lengths up to 121 (longer is all one to the answer) rather than sort them.
  const counts = new Array<number>(122).fill(0);
  let total = 0;
  for (const line of lines) {
    const length = line.trimEnd().length;
    if (length === 0 || line.trim().length === 0) continue;
    counts[Math.min(length, 121)]++;
    total++;
  }
  if (total < 10) return undefined;
  let seen = 0;
  let width = 0;
  while (seen <= Math.floor(total * 0.95)) seen += counts[width++];
  width--;
  // PDF conversions keep the printed lines, up to some 120 characters.
  return width <= 120 && width >= 40 ? width : undefined;
}

/** A line directly below another continues it when it is a hard wrap, not a new item. */
function continuesLine(block: { content: string; footnote?: BodyLabel }, previous: string, line: string, width: number | undefined): boolean {
  if (isTableRow(line)) return isTableRow(block.content);
  // A `---` line (a Markdown rule or a front matter fence) stands alone.
  if (thematicBreak.test(line) || thematicBreak.test(previous)) return false;
  // A line filled to the wrap width ends mid-sentence: even `(b) thereof;` below it goes on with it.
  const filled = width !== undefined && previous.length >= width * 0.8;
  if (filled && refersOn.test(previous) && !/[;,:]\s+(?:and|or)$/.test(previous) && /^(?:\(\w{1,7}\)|\d{1,4}\.?)(?:\s|$)/.test(line)) return true;
  if (structuralStart.test(line)) return false;
  // A footnote runs on over its wrapped lines until it ends with a full stop.
  if (block.footnote) return !line.startsWith('**') && (filled || closingPunctuation(previous) !== '.');
  // A lettered or roman heading (`B. The role of …`) is one line; what follows it is new.
  if (!filled && /^(?:[A-Z]|[IVXLC]+)\.\s/.test(block.content)) return false;
  if (startsLowerCase(line)) return true;
  // In a wrapped text, a sentence may end at a filled line and the next begin below it.
  // …unless the sentence ended and a new paragraph opens with a standard phrase (`Recalling`, `Requests`).
  if (filled) return !(/[.,;:]/.test(closingPunctuation(previous)) && opensParagraph(line));
  // A short line with no closing punctuation is a heading; what follows it is new.
  return previous.length >= 50 && !/[.,;:]/.test(closingPunctuation(previous));
}

// Words a reference number follows: `subparagraph` / `(b) thereof`, `para.` / `84.`.
const refersOn = /\b(?:(?:sub)?paragraphs?|resolutions?|decisions?|rules?|articles?|sections?|chapters?|annex|of|in|and|to|(?:paras?|No|vol|chap|sect|pp?)\.)$/;

function opensParagraph(line: string): boolean {
  const text = line.replace(/^\*/, '');
  return /^\p{Lu}/u.test(text) && (matchPreambularOpener(text) !== undefined || matchOperativePhrase(text) !== undefined);
}

/** A row of a table pasted from a PDF: cells separated by tabs. */
export function isTableRow(content: string): boolean {
  return content.includes('\t') && /\S\t+\S.*\t/.test(content);
}
