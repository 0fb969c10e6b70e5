/**
 * Renumber footnotes: markers and bodies run 1..n in order of first reference. Only
 * footnote digits change; the edits are applied as one step.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { comparePositions, type DocumentModel, type FootnoteBody, type FootnoteMarker, type Position } from '../model';
import { toSuperscript } from '../numbering';
import { footnoteLinks, isNumbered } from '../features/footnotes';
import type { CommandResult } from './commandResult';

export type Numbered = FootnoteMarker | FootnoteBody;

/** The edit that writes `value` over a marker's or a body label's digits, in the style they are written in. */
export function footnoteNumberEdit(item: Numbered, value: number): TextEdit {
  const range = 'labelRange' in item ? item.labelRange : item.range;
  return { range, newText: item.style === 'superscript' ? toSuperscript(value) : String(value) };
}

/**
 * A footnote is a body with its markers, or the markers of a number that has no body.
 * Numbers go to footnotes as their first marker comes; a body no marker refers to
 * keeps its place among the bodies.
 */
function newNumbers(model: DocumentModel): Map<Numbered, number> {
  const { bodyOf, markersOf } = footnoteLinks(model);
  const events: Numbered[] = [...model.markers, ...model.footnotes]
    .filter((item) => isNumbered(item.style))
    .sort((a, b) => comparePositions(startOf(a), startOf(b)));
  const footnoteNumbers = new Map<FootnoteBody | number, number>();
  const result = new Map<Numbered, number>();
  for (const item of events) {
    const footnote = 'labelRange' in item ? item : bodyOf.get(item) ?? item.number;
    const referenced = typeof footnote === 'number' || markersOf.get(footnote)!.length > 0;
    if (!footnoteNumbers.has(footnote) && (item !== footnote || !referenced)) footnoteNumbers.set(footnote, footnoteNumbers.size + 1);
  }
  for (const item of events) {
    const footnote = 'labelRange' in item ? item : bodyOf.get(item) ?? item.number;
    result.set(item, footnoteNumbers.get(footnote)!);
  }
  return result;
}

export function startOf(item: Numbered): Position {
  return 'labelRange' in item ? item.labelRange.start : item.range.start;
}

export function renumberFootnoteEdits(model: DocumentModel): TextEdit[] {
  return [...newNumbers(model)].filter(([item, value]) => item.number !== value).map(([item, value]) => footnoteNumberEdit(item, value));
}

export function renumberFootnotes(model: DocumentModel): CommandResult {
  return { edits: renumberFootnoteEdits(model) };
}
