/**
 * The one renumbering engine: the Renumber quick fix, the Renumber all command and the
 * cross-reference updates all go through it, so a paragraph's number and every internal
 * reference to it change together in one undoable edit. Only labels and references are
 * rewritten; no other text is touched.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { DocumentModel, Node, Sequence } from '../model';
import { formatLabel } from '../numbering';
import { crossReferences, target } from '../parse/crossReferences';

/**
 * What each item of a sequence should carry, counting on from the item before it. After a
 * slip the count goes on from the number as written (a deleted or repeated paragraph is one
 * slip), unless the next item shows it was a lone wrong numeral (`II`, `IV`, `IV`, `V`).
 */
export function expectedValues(sequence: Sequence): number[] {
  const values = sequence.items.map((n) => n.label!.value);
  const expected: number[] = [];
  let next = sequence.first ?? values[0];
  values.forEach((value, i) => {
    expected.push(next);
    const typo = value !== next && (values[i + 1] === next + 1 || !(value > 0));
    next = (typo ? next : value) + 1;
  });
  return expected;
}

/**
 * The sequences whose numbering can be trusted: every item labelled, all in one style.
 * A mixed run means the parser could not tell the structure; it is left alone.
 */
export function numberedSequences(model: DocumentModel): Sequence[] {
  return model.sequences.filter((s) => s.items.length > 0 && s.items.every((n) => n.label && n.label.style === s.items[0].label!.style));
}

/** New values for a sequence from item `from` to its end. */
function renumbering(sequence: Sequence, from = 0): Map<Node, number> {
  const values = new Map<Node, number>();
  let value = expectedValues(sequence)[from];
  for (const item of sequence.items.slice(from)) values.set(item, value++);
  return values;
}

/** Renumbers the sequence from `from` to its end (the quick fix). */
export function renumberSequence(model: DocumentModel, sequence: Sequence, from: number): TextEdit[] {
  return renumberEdits(model, renumbering(sequence, from));
}

/** Renumbers every trusted sequence of the document (the Renumber all command). */
export function renumberAll(model: DocumentModel): TextEdit[] {
  const values = new Map<Node, number>();
  for (const sequence of numberedSequences(model)) for (const [node, value] of renumbering(sequence)) values.set(node, value);
  return renumberEdits(model, values);
}

/** The edits that give each item its new value, with every internal reference that cites it. */
function renumberEdits(model: DocumentModel, values: ReadonlyMap<Node, number>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [node, value] of values) {
    const label = node.label!;
    const newText = formatLabel(value, label.style);
    if (newText !== label.text) edits.push({ range: label.range, newText });
  }
  for (const reference of crossReferences(model)) {
    // A label shared by several citations (`rule 10` in `rule 10, paragraphs 1 and 2`) is edited once.
    for (const cited of new Set(reference.citations.flat())) {
      const node = target(cited);
      const value = node && values.get(node);
      if (value === undefined) continue;
      const newText = formatLabel(value, node!.label!.style);
      if (newText !== cited.text) edits.push({ range: cited.range, newText });
    }
  }
  return edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
