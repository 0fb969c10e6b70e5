/**
 * Numbering checks: operative, annex, rule and report paragraphs (`paragraph-number`),
 * sub-paragraphs (`subparagraph-number`) and headings (`heading-number`) must count on
 * from the item before. Each slip gets a Renumber quick fix for the rest of its sequence.
 */
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { DocumentModel, Label, Sequence, SequenceKind } from '../../model';
import { formatLabel } from '../../numbering';
import { expectedValues, numberedSequences, renumberSequence } from '../../edits/renumber';
import type { CodeActionProvider } from '../codeActions';

export type NumberingCode = 'paragraph-number' | 'subparagraph-number' | 'heading-number';

const codes: Record<SequenceKind, NumberingCode> = {
  reportParagraph: 'paragraph-number',
  operative: 'paragraph-number',
  annexParagraph: 'paragraph-number',
  ruleParagraph: 'paragraph-number',
  listItem: 'paragraph-number',
  subparagraph: 'subparagraph-number',
  chapter: 'heading-number',
  section: 'heading-number',
  draftResolution: 'heading-number',
  draftDecision: 'heading-number',
  adoptedResolution: 'heading-number',
  adoptedDecision: 'heading-number',
  annex: 'heading-number',
  annexHeading: 'heading-number',
  rule: 'heading-number',
  numberedHeading: 'heading-number',
};

/** A slip: the item at `index` of `sequence` does not count on from the one before. */
interface Slip {
  readonly sequence: Sequence;
  readonly index: number;
  readonly expected: number;
}

function slips(model: DocumentModel): Slip[] {
  return numberedSequences(model).flatMap((sequence) =>
    expectedValues(sequence).flatMap((expected, index) => (sequence.items[index].label!.value === expected ? [] : [{ sequence, index, expected }])),
  );
}

/** A label as the drafter writes it: `4`, `(c)`, `II`. */
function written(label: Label, text: string): string {
  return label.decoration === 'paren' ? `(${text})` : text;
}

function message({ sequence, index, expected }: Slip): string {
  const label = sequence.items[index].label!;
  const previous = sequence.items[index - 1]?.label;
  const after = previous ? ` after ${written(previous, previous.text)}` : '';
  return `expected ${written(label, formatLabel(expected, label.style))}${after}, found ${written(label, label.text)}`;
}

/** Numbering slips are warnings: the draft is readable, and the structure is inferred from plain text. */
export function checkNumbering(model: DocumentModel): Diagnostic[] {
  return slips(model).map((slip) => ({
    range: slip.sequence.items[slip.index].label!.range,
    severity: DiagnosticSeverity.Warning,
    code: codes[slip.sequence.kind],
    source: 'un-resolution',
    message: message(slip),
  }));
}

const numberingCodes = new Set<unknown>(Object.values(codes));

/** The Renumber quick fix: the slip's sequence, from the slipped item to its end, with the references to it. */
export const renumberQuickFixes: CodeActionProvider = (model, _range, diagnostics) => {
  const actions: CodeAction[] = [];
  const numbering = diagnostics.filter((d) => d.source === 'un-resolution' && numberingCodes.has(d.code));
  const found = numbering.length > 0 ? slips(model) : [];
  for (const diagnostic of numbering) {
    const slip = found.find((s) => sameRange(s.sequence.items[s.index].label!.range, diagnostic.range));
    if (!slip) continue;
    actions.push({
      title: 'Renumber',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [model.uri]: renumberSequence(model, slip.sequence, slip.index) } },
    });
  }
  return actions;
};

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
