/**
 * Automatic numbering: Enter at the end of a numbered or lettered paragraph starts the next
 * one (`3. ` after 2, `(c)` after `(b)`, `(ii)` after `(i)`, `b.` after `a.`), and Enter after a
 * paragraph that ends with a colon starts its list (`(a)`, or `(i)` under a lettered item).
 * Headings, footnote bodies and blank lines get nothing.
 */
import { TextEdit } from 'vscode-languageserver-types';
import { lineText, walk, type DocumentModel, type Label, type Node, type Position } from '../model';
import { formatLabel } from '../numbering';
import { readEnding } from './paragraphText';

const numberedKinds = new Set<Node['kind']>(['operative', 'subparagraph', 'reportParagraph', 'paragraph', 'listItem']);

export function getOnTypeFormattingEdits(model: DocumentModel, position: Position, typed: string): TextEdit[] {
  if (typed !== '\n' || position.line === 0) return [];
  const newLine = lineText(model, position.line);
  if (newLine.trim().length > 0) return [];
  const left = position.line - 1;
  const paragraph = walk(model.children).find((n) => numberedKinds.has(n.kind) && n.label && n.lines?.[n.lines.length - 1] === left);
  if (!paragraph?.label || paragraph.children.length > 0) return [];
  const label = readEnding(model, paragraph).mark === ':' ? firstItemUnder(paragraph.label) : nextLabel(paragraph.label);
  if (!label) return [];
  const indent = /^[\s\u00a0]*/.exec(lineText(model, paragraph.range.start.line))![0];
  return [TextEdit.replace({ start: { line: position.line, character: 0 }, end: { line: position.line, character: newLine.length } }, `${indent}${label} `)];
}

function nextLabel(label: Label): string | undefined {
  return written(formatLabel(label.value + 1, label.style), label);
}

/** The first item of the list a paragraph opens: lettered under a number, roman under a letter. */
function firstItemUnder(label: Label): string | undefined {
  if (label.style === 'arabic') return '(a)';
  if (label.style === 'letter') return written('i', label);
  return undefined;
}

function written(text: string, like: Label): string | undefined {
  if (like.decoration === 'paren') return `(${text})`;
  return like.decoration === 'dot' ? `${text}.` : undefined;
}
