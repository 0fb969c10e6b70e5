/** Typing a marker: `^12` completes to the superscript `¹²`, with the footnote's text when it has one. */
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import { lineText, type DocumentModel, type Position } from '../model';
import { toSuperscript } from '../numbering';
import { isNumbered } from './footnotes';

export function getFootnoteCompletions(model: DocumentModel, position: Position): CompletionItem[] {
  const typed = /\^(\d{1,4})$/.exec(lineText(model, position.line).slice(0, position.character));
  if (!typed) return [];
  const number = Number(typed[1]);
  const marker = toSuperscript(number);
  const body = model.footnotes.find((b) => isNumbered(b.style) && b.number === number);
  return [{
    label: marker,
    kind: CompletionItemKind.Reference,
    detail: `Footnote ${number}`,
    filterText: typed[0],
    ...(body ? { documentation: { kind: MarkupKind.Markdown, value: body.text } } : {}),
    textEdit: { range: { start: { line: position.line, character: position.character - typed[0].length }, end: position }, newText: marker },
  }];
}
