/**
 * Footnote checks: a marker with no body, a body nothing refers to, and bodies whose
 * numbers break the run 1, 2, 3 … through the file.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../../model';
import { footnoteLinks, isNumbered, plainMarkers } from '../footnotes';

export type FootnoteCode = 'footnote-undefined' | 'footnote-unused' | 'footnote-sequence';

function diagnostic(code: FootnoteCode, severity: DiagnosticSeverity, range: Range, message: string): Diagnostic {
  return { source: 'un-resolution', code, severity, range, message };
}

export function checkFootnotes(model: DocumentModel): Diagnostic[] {
  return [...undefinedMarkers(model), ...unusedBodies(model), ...sequenceBreaks(model)];
}

function undefinedMarkers(model: DocumentModel): Diagnostic[] {
  const { bodyOf } = footnoteLinks(model);
  // A star or a table's `^a` may point at a note the conversion left out; only numbers are checked.
  return model.markers
    .filter((m) => isNumbered(m.style) && !bodyOf.has(m))
    .map((m) => diagnostic('footnote-undefined', DiagnosticSeverity.Error, m.range, `Footnote ${m.number} has no footnote text.`));
}

function unusedBodies(model: DocumentModel): Diagnostic[] {
  const { markersOf } = footnoteLinks(model);
  const bodies = model.footnotes.filter((b) => isNumbered(b.style));
  const plain = plainMarkers(model);
  const unused = bodies.filter((b) => markersOf.get(b)!.length === 0 && !plain.has(b));
  // When most bodies have no marker, the markers are plain digits we cannot tell from numbers (a PDF conversion).
  if (unused.length * 2 > bodies.length) return [];
  return unused.map((b) =>
    diagnostic('footnote-unused', DiagnosticSeverity.Warning, b.labelRange, `No marker refers to footnote ${b.number}.`),
  );
}

/** Each body should be one more than the highest number before it; the first may start anywhere (an extract). */
function sequenceBreaks(model: DocumentModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<number>();
  let highest: number | undefined;
  for (const body of model.footnotes) {
    if (!isNumbered(body.style)) continue;
    if (highest !== undefined && body.number !== highest + 1) {
      const why = seen.has(body.number) ? 'repeated' : body.number < highest ? 'out of order' : `${highest + 1} is missing`;
      const message = `Footnote ${body.number} breaks the sequence (${why}): expected ${highest + 1}.`;
      diagnostics.push(diagnostic('footnote-sequence', DiagnosticSeverity.Warning, body.labelRange, message));
    }
    seen.add(body.number);
    highest = Math.max(highest ?? body.number, body.number);
  }
  return diagnostics;
}
