/**
 * Completion inside text: the document symbols already cited in the file (`A/RES/70/1`,
 * `E/CN.15/2014/6`) and its resolution references (`resolution 56/119`); after the word
 * `resolution` or `resolutions 66/179,` the resolution numbers alone.
 */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { contains, lineText, type DocumentModel, type Position } from '../model';
import { documentReferences } from '../parse/documentReferences';

const afterResolutionWord = /\bresolutions?\s+(?:(?:S-)?\d{1,4}\/\d{1,4}(?:\s[A-Z])?(?:,\s*|\s+and\s+))*((?:S-)?[\d/]*)$/;
const typedWord = /[\p{L}\p{N}./-]*$/u;
// Text before the word other than a paragraph label: the cursor is inside a sentence.
const labelOnly = /^[\s\u00a0]*(?:[-–—•]\s+)?(?:\d{1,4}\.|\([a-z]{1,4}\)|[a-z]{1,2}\.)?[\s\u00a0*]*$/;

export function getReferenceCompletions(model: DocumentModel, position: Position): CompletionItem[] {
  const before = lineText(model, position.line).slice(0, position.character);
  const { symbols, resolutions } = documentReferences(model);
  const elsewhere = <T extends { range: Range }>(r: T) => !contains(r.range, position);
  const numbers = unique(resolutions.filter(elsewhere).map((r) => r.number));
  const afterWord = afterResolutionWord.exec(before);
  if (afterWord) {
    const range = typed(position, afterWord[1]);
    return numbers.map((n) => item(n, n, range, 'resolution cited in this document'));
  }
  const word = typedWord.exec(before)![0];
  if (labelOnly.test(before.slice(0, before.length - word.length))) return [];
  const range = typed(position, word);
  return [
    ...unique(symbols.filter(elsewhere).map((s) => s.symbol)).map((s) => item(s, s, range, 'document symbol cited in this document')),
    ...numbers.map((n) => item(`resolution ${n}`, `resolution ${n}`, range, 'resolution cited in this document')),
  ];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function typed(position: Position, text: string): Range {
  return { start: { line: position.line, character: position.character - text.length }, end: position };
}

function item(label: string, newText: string, range: Range, detail: string): CompletionItem {
  return { label, kind: CompletionItemKind.Reference, detail, textEdit: { range, newText } };
}
