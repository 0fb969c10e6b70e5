/**
 * Internal cross-references as the drafter uses them: go to definition jumps to the cited
 * paragraph, and a reference to a paragraph that does not exist is `cross-reference`.
 */
import { DiagnosticSeverity, type Diagnostic, type Location, type Position } from 'vscode-languageserver-types';
import { contains, type DocumentModel } from '../model';
import { crossReferences, isMissing, target, type CitedLabel, type ReferenceScope } from '../parse/crossReferences';

const scopeNames: Record<ReferenceScope, string> = {
  resolution: 'the present resolution',
  annex: 'the annex',
  rule: 'the rule',
  report: 'the report',
  paragraph: 'the paragraph',
};

/** One warning per cited label that has no match where the reference points. */
export function checkCrossReferences(model: DocumentModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const reference of crossReferences(model)) {
    // The report's paragraphs run on through chapters this file may not hold.
    if (reference.scope === 'report') continue;
    for (const chain of reference.citations) {
      const missing = chain.findIndex(isMissing);
      if (missing < 0) continue;
      const cited = chain[missing];
      const what = missing === 0 ? scopeNames[reference.scope] : describe(chain[missing - 1]);
      diagnostics.push({
        range: cited.range,
        severity: DiagnosticSeverity.Warning,
        code: 'cross-reference',
        source: 'un-resolution',
        message: `${what} has no ${describe(cited)}`,
      });
    }
  }
  return diagnostics;
}

/** `rule 10`, `paragraph 12`, `subparagraph (b)`. */
function describe(label: CitedLabel): string {
  return label.names === 'subparagraph' ? `subparagraph (${label.text})` : `${label.names} ${label.text}`;
}

/** Go to definition on a cited label: the paragraph (or each paragraph, when the label is ambiguous) it names. */
export function crossReferenceDefinition(model: DocumentModel, position: Position): Location[] {
  for (const reference of crossReferences(model)) {
    if (!contains(reference.range, position)) continue;
    const labels = [...new Set(reference.citations.flat())];
    const cited = labels.find((l) => contains(l.range, position)) ?? labels.find((l) => target(l));
    return (cited?.candidates ?? []).map((node) => ({ uri: model.uri, range: node.selectionRange }));
  }
  return [];
}
