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

/** The value a sequence's first item should carry; adopted resolutions (27/3, 27/4) may start anywhere. */
export function sequenceStart(sequence: Sequence): number {
  return sequence.first ?? sequence.items[0].label!.value;
}

/**
 * The sequences whose numbering can be trusted: every item labelled, all in one style.
 * A mixed run means the parser could not tell the structure; it is left alone.
 */
export function numberedSequences(model: DocumentModel): Sequence[] {
  return model.sequences.filter((s) => s.items.length > 0 && s.items.every((n) => n.label && n.label.style === s.items[0].label!.style));
}

/** New values for a sequence from item `from` to its end, counting on from the item before it. */
export function renumbering(sequence: Sequence, from = 0): Map<Node, number> {
  const values = new Map<Node, number>();
  let value = from === 0 ? sequenceStart(sequence) : sequence.items[from - 1].label!.value + 1;
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
