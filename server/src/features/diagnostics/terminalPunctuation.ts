/**
 * `terminal-punctuation`: preambular paragraphs end with a comma; operative paragraphs with
 * a semicolon, the last of a resolution with a full stop; the items of a sub-paragraph list
 * with a semicolon (`; and`, `; or` too), the last item as its parent paragraph ends. A
 * paragraph that introduces a list, a quotation or a draft given in full ends with a colon.
 */
import { DiagnosticSeverity, TextEdit, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { walk, type DocumentModel, type Node } from '../../model';
import { openingText, readEnding } from '../paragraphText';
import { resolutionParts } from '../resolutionParts';
import { draftingDiagnostic } from './draftingDiagnostic';

type Mark = ',' | ';' | '.';

const markNames: Record<Mark, string> = { ',': 'a comma', ';': 'a semicolon', '.': 'a full stop' };

/** A paragraph's place in its resolution, which decides its mark. */
type Place = 'preambular' | 'operative' | 'item' | 'lastItem' | 'itemBeforeTail';

const subjects: Record<Place, string> = {
  preambular: 'A preambular paragraph',
  operative: 'An operative paragraph',
  item: 'A sub-paragraph',
  itemBeforeTail: 'A sub-paragraph',
  lastItem: 'The last sub-paragraph of a list',
};

export function checkTerminalPunctuation(model: DocumentModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const nextOf = followingNodes(model);
  const check = (node: Node, expected: Mark, place: Place) => checkParagraph(model, node, expected, place, nextOf, diagnostics);
  for (const { preambular, operative } of resolutionParts(model)) {
    for (const node of preambular) check(node, ',', 'preambular');
    operative.forEach((node, i) => check(node, i === operative.length - 1 ? '.' : ';', 'operative'));
  }
  return diagnostics;
}

function checkParagraph(
  model: DocumentModel, node: Node, expected: Mark, place: Place, nextOf: Map<Node, Node | undefined>, out: Diagnostic[],
): void {
  const items = node.children.filter((c) => c.kind === 'subparagraph');
  if (items.length > 0) {
    // Numbered items inside a paragraph are lists (agenda items, titles), not sub-paragraphs.
    if (items.some((c) => c.label?.style === 'arabic')) return;
    // Words after the list (`(b) funds, to the Assembly;`) end the paragraph in place of its last item.
    const tail = (node.lines?.[node.lines.length - 1] ?? 0) > items[items.length - 1].range.start.line;
    items.forEach((item, i) => {
      const last = tail || place === 'itemBeforeTail' ? 'itemBeforeTail' : 'lastItem';
      const itemPlace = i < items.length - 1 ? 'item' : last;
      checkParagraph(model, item, itemPlace === 'lastItem' ? expected : ';', itemPlace, nextOf, out);
    });
    if (!tail) return;
  }
  // A paragraph still being typed (`3. `) has nothing to end yet.
  if (openingText(model, node).text.length === 0 && (node.lines?.length ?? 1) === 1) return;
  const ending = readEnding(model, node);
  if (ending.mark === expected || (expected !== '.' && ending.mark.startsWith(expected))) return;
  if (place === 'itemBeforeTail' && ending.mark === ',') return;
  if (ending.mark === ':' && introducesSomething(node, nextOf.get(node))) return;
  const message = expected === '.' && place === 'operative'
    ? 'The last operative paragraph of a resolution ends with a full stop.'
    : `${subjects[place]} ends with ${markNames[expected]}${place === 'lastItem' ? ', as its paragraph does' : ''}.`;
  const empty = ending.mark === '';
  const fix = { title: `${empty ? 'End' : 'Replace the mark'} with ${markNames[expected]}`, edits: [TextEdit.replace(ending.range, expected)] };
  out.push(draftingDiagnostic('terminal-punctuation', DiagnosticSeverity.Warning, ending.range, message, [fix]));
}

/** A colon is right when text the paragraph introduces follows it: anything but the next paragraph. */
function introducesSomething(node: Node, next: Node | undefined): boolean {
  const lastLine = node.lines?.[node.lines.length - 1] ?? node.range.start.line;
  if (node.range.end.line > lastLine) return true;
  if (!next || next.kind === 'preambular' || next.kind === 'operative') return false;
  return !(next.kind === 'resolution' && next.form !== 'embedded');
}

/** For each node, the node that starts after it and its descendants, in document order. */
function followingNodes(model: DocumentModel): Map<Node, Node | undefined> {
  const nodes = walk(model.children);
  const next = new Map<Node, Node | undefined>();
  nodes.forEach((node, i) => {
    let j = i + 1;
    while (j < nodes.length && within(nodes[j].range, node.range)) j++;
    next.set(node, nodes[j]);
  });
  return next;
}

function within(inner: Range, outer: Range): boolean {
  const start = inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character);
  const end = inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character);
  return start && end;
}
