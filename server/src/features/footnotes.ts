/**
 * Footnotes as a drafter navigates them: which body each marker refers to, and the
 * definition, references, highlights and hover built on that link.
 */
import {
  DocumentHighlightKind, MarkupKind, type DocumentHighlight, type Hover, type Location,
} from 'vscode-languageserver-types';
import { comparePositions, contains, lineText, type DocumentModel, type FootnoteBody, type FootnoteMarker, type FootnoteStyle, type Position, type Range } from '../model';
import { plainMarkerCandidates } from '../parse/footnotes';

/** Styles that count in the one run 1, 2, 3 … through the file (a star or a table's `^a` does not). */
export function isNumbered(style: FootnoteStyle): boolean {
  return style !== 'star' && style !== 'letter';
}

/** Markers and bodies that can refer to each other: `¹²`, `^{12}` and `[^12]` all mean footnote 12. */
function key(style: FootnoteStyle, number: number): string {
  return `${isNumbered(style) ? 'n' : style}:${number}`;
}

export interface FootnoteLinks {
  /** The body each marker refers to; a marker with no body is absent. */
  readonly bodyOf: ReadonlyMap<FootnoteMarker, FootnoteBody>;
  /** The markers that refer to each body, in document order. */
  readonly markersOf: ReadonlyMap<FootnoteBody, readonly FootnoteMarker[]>;
}

const linksCache = new WeakMap<DocumentModel, FootnoteLinks>();

/**
 * Links each marker to the first body of its number after it (bodies follow their
 * page), else the last one before it (bodies gathered at the end of an issued text
 * come after, so this only matters when a number is used twice).
 */
export function footnoteLinks(model: DocumentModel): FootnoteLinks {
  const cached = linksCache.get(model);
  if (cached) return cached;
  const bodiesByKey = new Map<string, FootnoteBody[]>();
  for (const body of model.footnotes) {
    const k = key(body.style, body.number);
    bodiesByKey.set(k, [...(bodiesByKey.get(k) ?? []), body]);
  }
  const bodyOf = new Map<FootnoteMarker, FootnoteBody>();
  const markersOf = new Map<FootnoteBody, FootnoteMarker[]>(model.footnotes.map((b) => [b, []]));
  for (const marker of sortedMarkers(model)) {
    const candidates = bodiesByKey.get(key(marker.style, marker.number));
    if (!candidates) continue;
    const body = candidates.find((b) => comparePositions(marker.range.start, b.range.start) < 0) ?? candidates[candidates.length - 1];
    bodyOf.set(marker, body);
    markersOf.get(body)!.push(marker);
  }
  const links = { bodyOf, markersOf };
  linksCache.set(model, links);
  return links;
}

/** The markers in document order (the parser meets a body's own markers with the body). */
export function sortedMarkers(model: DocumentModel): FootnoteMarker[] {
  return [...model.markers].sort((a, b) => comparePositions(a.range.start, b.range.start));
}

/**
 * Where the one plain number that can be `body`'s marker stands (`Secretary-General; 19`,
 * `Council,4`, `in 20242`): between the markers of the footnotes before and after it, and
 * before the body; undefined unless exactly one number fits.
 */
export function plainMarkerFor(model: DocumentModel, body: FootnoteBody): Range | undefined {
  const markers = sortedMarkers(model).filter((m) => isNumbered(m.style));
  const from = markers.find((m) => m.number === body.number - 1)?.range.end ?? { line: 0, character: 0 };
  const next = markers.find((m) => m.number === body.number + 1)?.range.start;
  const to = next && comparePositions(next, body.range.start) < 0 ? next : body.range.start;
  const inBody = (line: number) => model.footnotes.some((b) => b.range.start.line <= line && line <= b.range.end.line);
  const found: Range[] = [];
  for (let line = from.line; line <= to.line; line++) {
    if (inBody(line)) continue;
    for (const c of plainMarkerCandidates(lineText(model, line), body.number)) {
      const candidate = { start: { line, character: c.start }, end: { line, character: c.end } };
      if (comparePositions(candidate.start, from) >= 0 && comparePositions(candidate.end, to) <= 0) found.push(candidate);
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

const plainCache = new WeakMap<DocumentModel, ReadonlyMap<FootnoteBody, FootnoteMarker>>();

/**
 * The plain-digit markers a PDF conversion left for its Markdown footnotes (`[^4]:`) that
 * nothing else refers to, where one number alone can be the marker: definition, hover and
 * references reach them, and such a footnote is not reported unused.
 */
export function plainMarkers(model: DocumentModel): ReadonlyMap<FootnoteBody, FootnoteMarker> {
  let found = plainCache.get(model);
  if (found) return found;
  const { markersOf } = footnoteLinks(model);
  const markers = new Map<FootnoteBody, FootnoteMarker>();
  for (const body of model.footnotes) {
    if (body.style !== 'markdown' || markersOf.get(body)!.length > 0) continue;
    const range = plainMarkerFor(model, body);
    if (range) markers.set(body, { number: body.number, text: String(body.number), range, style: 'plain' });
  }
  plainCache.set(model, (found = markers));
  return found;
}

/** A marker (with its body, if it has one) or a body's label. */
export interface FootnoteTarget {
  readonly marker?: FootnoteMarker;
  readonly body?: FootnoteBody;
}

/** The marker or body label under the cursor; a multi-digit marker counts wherever the cursor sits in it. */
export function footnoteAt(model: DocumentModel, position: Position): FootnoteTarget | undefined {
  const marker = model.markers.find((m) => contains(hitRange(m), position));
  if (marker) return { marker, body: footnoteLinks(model).bodyOf.get(marker) };
  for (const [body, plain] of plainMarkers(model)) if (contains(plain.range, position)) return { marker: plain, body };
  const body = model.footnotes.find((b) => contains(b.labelRange, position));
  return body ? { body } : undefined;
}

/** Where a marker answers the cursor: a Markdown `[^12]` or a `^a` wholly, not only its digits. */
function hitRange(marker: FootnoteMarker): Range {
  const lead = marker.style === 'markdown' ? 2 : marker.style === 'letter' ? 1 : 0;
  const trail = marker.style === 'markdown' ? 1 : 0;
  const { start, end } = marker.range;
  return { start: { line: start.line, character: start.character - lead }, end: { line: end.line, character: end.character + trail } };
}

/** Every marker that means the same footnote as `target`: those of its body, or the same undefined number. */
function sameFootnote(model: DocumentModel, target: FootnoteTarget): readonly FootnoteMarker[] {
  const links = footnoteLinks(model);
  if (target.body) {
    const plain = plainMarkers(model).get(target.body);
    return plain ? [plain] : links.markersOf.get(target.body) ?? [];
  }
  if (!target.marker) return [];
  const k = key(target.marker.style, target.marker.number);
  return sortedMarkers(model).filter((m) => !links.bodyOf.has(m) && key(m.style, m.number) === k);
}

/** From a marker to its body's label (a body's number stands for the whole body). */
export function getFootnoteDefinition(model: DocumentModel, position: Position): Location[] {
  const target = footnoteAt(model, position);
  return target?.marker && target.body ? [{ uri: model.uri, range: target.body.labelRange }] : [];
}

export function getFootnoteReferences(model: DocumentModel, position: Position, includeDeclaration: boolean): Location[] {
  const target = footnoteAt(model, position);
  if (!target) return [];
  const ranges = sameFootnote(model, target).map((m) => m.range);
  if (includeDeclaration && target.body) ranges.unshift(target.body.labelRange);
  return ranges.map((range) => ({ uri: model.uri, range }));
}

export function getFootnoteHighlights(model: DocumentModel, position: Position): DocumentHighlight[] {
  const target = footnoteAt(model, position);
  if (!target) return [];
  const highlights: DocumentHighlight[] = sameFootnote(model, target).map((m) => ({ range: m.range, kind: DocumentHighlightKind.Read }));
  if (target.body) highlights.unshift({ range: target.body.labelRange, kind: DocumentHighlightKind.Write });
  return highlights;
}

/** How a footnote is called in prose: `12`, `*`, `a`. */
export function footnoteName(body: FootnoteBody): string {
  if (body.style === 'star') return '\\*';
  return body.style === 'letter' ? body.labelText.slice(1) : String(body.number);
}

export function getFootnoteHover(model: DocumentModel, position: Position): Hover | null {
  const target = footnoteAt(model, position);
  if (!target?.marker || !target.body) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: `**Footnote ${footnoteName(target.body)}**\n\n${target.body.text}` },
    range: target.marker.range,
  };
}
