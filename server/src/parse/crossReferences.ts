/**
 * Internal cross-references (`paragraph 5 above`, `paragraphs 3 and 4 of the present
 * resolution`, `subparagraph (b) above`, `paragraph 2 (c)`, `rule 10, paragraph 2 above`)
 * and the numbered items they cite. Only references anchored to the document itself are
 * read: `rule 6 of the Standard Minimum Rules` or `paragraph 5 of its resolution 67/184`
 * cite other instruments and are never touched.
 */
import { contains, type DocumentModel, type Node, type Range } from '../model';

/** One label of a citation (`2` or `c` in `paragraph 2 (c)`) and the items it can mean. */
export interface CitedLabel {
  /** As written, without parentheses: `2`, `c`, `ii`. */
  readonly text: string;
  /** What the label numbers. */
  readonly names: 'rule' | 'paragraph' | 'subparagraph';
  readonly range: Range;
  /** The numbered items carrying this label where the reference points; more than one is ambiguous. */
  readonly candidates: readonly Node[];
  /** False under a missing or ambiguous parent, where nothing can be said about this label. */
  readonly known: boolean;
}

/** Where a reference looks for its items, in a drafter's words (for messages). */
export type ReferenceScope = 'resolution' | 'annex' | 'rule' | 'report' | 'paragraph';

export interface CrossReference {
  /** The whole reference, `paragraphs 3 and 4 above`. */
  readonly range: Range;
  /** Where the first label of each citation is looked up. */
  readonly scope: ReferenceScope;
  /** Each cited item as a chain of labels, outermost first: `rule 10, paragraph 2` → [10, 2]. */
  readonly citations: readonly (readonly CitedLabel[])[];
}

/** The item a label cites, or undefined when it is missing or ambiguous. */
export function target(label: CitedLabel): Node | undefined {
  return label.candidates.length === 1 ? label.candidates[0] : undefined;
}

/** A label with no match where the structure is known: a broken reference. */
export function isMissing(label: CitedLabel): boolean {
  return label.known && label.candidates.length === 0;
}

const cache = new WeakMap<DocumentModel, CrossReference[]>();

/** Every internal cross-reference in the document (computed once per model). */
export function crossReferences(model: DocumentModel): CrossReference[] {
  let references = cache.get(model);
  if (!references) cache.set(model, (references = findReferences(model)));
  return references;
}

const paragraphItem = String.raw`\d{1,4}(?:\s?\([a-z]{1,7}\))*`;
const subItem = String.raw`\([a-z]{1,7}\)(?:\s?\([a-z]{1,7}\))*`;
const separator = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+to\s+|\s*[–-]\s*)`;
const anchor = String.raw`(above|below|of\s+(?:the\s+present|this)\s+(?:resolution|decision|annex)|of\s+the\s+annex\s+to\s+(?:the\s+present|this)\s+(?:resolution|decision))`;

/** `paragraphs 3 and 4 above`, `rule 10, paragraph 2 above`, `rules 3 to 5 above`. */
const anchoredReference = new RegExp(
  String.raw`\b(?:[Rr]ule\s+(\d{1,4}),\s+)?([Rr]ules?|[Pp]aragraphs?)\s+(${paragraphItem}(?:${separator}${paragraphItem})*)\s+${anchor}`,
  'dg',
);
/** `subparagraph (b) above`, `subparagraphs (a) and (c) of paragraph 3 above`. */
const subparagraphReference = new RegExp(
  String.raw`\b[Ss]ubparagraphs?\s+(${subItem}(?:${separator}${subItem})*)(?:\s+of\s+paragraph\s+(\d{1,4}))?\s+${anchor}`,
  'dg',
);
/** `paragraph 2 (c)` standing alone, with nothing after it that points elsewhere. */
const bareSubReference = /\b[Pp]aragraph\s+(\d{1,4}\s?\([a-z]{1,7}\)(?:\s?\([a-z]{1,7}\))*)(?=[\s⁰¹²³⁴⁵⁶⁷⁸⁹]*(?:[,;.:)]|$))/dgm;
/** `article 2, paragraph 3 (e)`: a paragraph of another text's article, section or part. */
const citesOtherPart = /\b(?:article|section|part|chapter|principle|guideline|annex|rule)\s+[\dIVXLC]+[a-z]?,\s*$/i;
const listItem = new RegExp(`${paragraphItem}|${subItem}`, 'g');
const itemLabel = /\d{1,4}|\(([a-z]{1,7})\)/g;

/** The numbered items a reference can cite; `known` is false when their parent cannot be told. */
interface Scope {
  readonly name: ReferenceScope;
  readonly names: CitedLabel['names'];
  readonly items: readonly Node[];
  readonly known: boolean;
}

/** A cited item before lookup: its labels and their offsets in the text. */
type Written = { text: string; offset: number }[];

function findReferences(model: DocumentModel): CrossReference[] {
  const references: CrossReference[] = [];
  const add = (m: RegExpExecArray, scope: ReferenceScope, citations: CitedLabel[][]): void => {
    references.push({ range: rangeOf(model, m.index, m.index + m[0].length), scope, citations });
  };

  for (const m of model.text.matchAll(anchoredReference)) {
    const path = pathAt(model, m.index);
    const scope = path && anchoredScope(path, /^rule/i.test(m[2]) || m[1] !== undefined ? 'rules' : 'paragraphs', m[4]);
    if (!scope) continue;
    const items = splitList(m[3], m.indices![3][0]);
    if (m[1] === undefined) {
      add(m, scope.name, items.map((item) => cite(model, scope, item)));
      continue;
    }
    // `rule 10, paragraph 2 above`: paragraphs of the named rule.
    const [rule] = cite(model, scope, [{ text: m[1], offset: m.indices![1][0] }]);
    const ruleNode = target(rule);
    const ruleScope: Scope = { name: 'rule', names: 'paragraph', items: ruleNode ? ruleParagraphs(ruleNode) : [], known: ruleNode !== undefined };
    add(m, scope.name, items.map((item) => [rule, ...cite(model, ruleScope, item)]));
  }

  for (const m of model.text.matchAll(subparagraphReference)) {
    const path = pathAt(model, m.index);
    if (!path) continue;
    const items = splitList(m[1], m.indices![1][0]);
    if (m[2] !== undefined) {
      // `subparagraph (b) of paragraph 3 above`
      const scope = anchoredScope(path, 'paragraphs', m[3]);
      if (!scope) continue;
      const [paragraph] = cite(model, scope, [{ text: m[2], offset: m.indices![2][0] }]);
      const parent = target(paragraph);
      const subScope: Scope = { name: 'paragraph', names: 'subparagraph', items: parent ? subparagraphs(parent) : [], known: parent !== undefined };
      add(m, scope.name, items.map((item) => [paragraph, ...cite(model, subScope, item)]));
    } else {
      const parent = enclosingParent(path, items[0][0].text);
      if (!parent) continue;
      const scope: Scope = { name: 'paragraph', names: 'subparagraph', items: subparagraphs(parent), known: true };
      add(m, scope.name, items.map((item) => cite(model, scope, item)));
    }
  }

  for (const m of model.text.matchAll(bareSubReference)) {
    const path = pathAt(model, m.index);
    if (!path || citesOtherPart.test(model.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const scope = anchoredScope(path, 'paragraphs', 'above');
    if (scope) add(m, scope.name, [cite(model, scope, splitList(m[1], m.indices![1][0])[0])]);
  }
  return references.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Splits `3 (a), 4 and 6 (b)(ii)` into cited items, each a chain of labels with offsets. */
function splitList(list: string, start: number): Written[] {
  return [...list.matchAll(listItem)].map((item) =>
    [...item[0].matchAll(itemLabel)].map((l) => ({
      text: l[1] ?? l[0],
      offset: start + item.index + l.index + (l[1] === undefined ? 0 : 1),
    })),
  );
}

/** Looks up a chain of labels: each one among the sub-items of the one before. */
function cite(model: DocumentModel, scope: Scope, labels: Written): CitedLabel[] {
  const cited: CitedLabel[] = [];
  let items = scope.items;
  let known = scope.known;
  let names = scope.names;
  for (const { text, offset } of labels) {
    const candidates = known ? items.filter((n) => n.label!.text === text) : [];
    cited.push({ text, names, range: rangeOf(model, offset, offset + text.length), candidates, known });
    names = 'subparagraph';
    known = candidates.length === 1;
    items = known ? subparagraphs(candidates[0]) : [];
  }
  return cited;
}

// ---- where a reference points ---------------------------------------------------------

const paragraphKinds = new Set(['reportParagraph', 'preambular', 'operative', 'subparagraph', 'paragraph', 'listItem']);

/** The nodes around `offset`, outermost first, ending with the paragraph that holds it; undefined outside paragraphs and inside quotations. */
function pathAt(model: DocumentModel, offset: number): Node[] | undefined {
  if (insideQuotation(model, offset)) return undefined;
  const position = positionAt(model, offset);
  const path: Node[] = [];
  for (let level: readonly Node[] = model.children, inner; (inner = level.find((n) => contains(n.range, position))); level = inner.children) {
    path.push(inner);
  }
  return path.length > 0 && paragraphKinds.has(path[path.length - 1].kind) ? path : undefined;
}

/** The items an anchored reference (`above`, `of the present resolution`) cites. */
function anchoredScope(path: readonly Node[], wanted: 'paragraphs' | 'rules', anchorText: string): Scope | undefined {
  const innermost = (kind: Node['kind']) => [...path].reverse().find((n) => n.kind === kind);
  const resolution = innermost('resolution');
  const annex = innermost('annex') ?? (resolution && onlyAnnex(resolution));
  const words = anchorText.replace(/\s+/g, ' ');
  if (wanted === 'rules') return annex && { name: 'annex', names: 'rule', items: rules(annex), known: true };
  if (words.endsWith('annex') || words.startsWith('of the annex')) return annex && { name: 'annex', names: 'paragraph', items: annexParagraphs(annex), known: true };
  if (words.startsWith('of')) return resolution && { name: 'resolution', names: 'paragraph', items: operativeParagraphs(resolution), known: true };
  // `above` and `below` look in the innermost numbered run around the reference.
  const rule = innermost('rule');
  if (rule) return { name: 'rule', names: 'paragraph', items: ruleParagraphs(rule), known: true };
  if (innermost('annex')) return { name: 'annex', names: 'paragraph', items: annexParagraphs(annex!), known: true };
  if (resolution) return { name: 'resolution', names: 'paragraph', items: operativeParagraphs(resolution), known: true };
  return { name: 'report', names: 'paragraph', items: reportParagraphs(path[0]), known: true };
}

/** `subparagraph (b) above`: the nearest paragraph around the reference with such a sub-item, else with any. */
function enclosingParent(path: readonly Node[], first: string): Node | undefined {
  const parents = path.filter((n) => paragraphKinds.has(n.kind)).reverse();
  return parents.find((p) => subparagraphs(p).some((s) => s.label!.text === first)) ?? parents.find((p) => subparagraphs(p).length > 0);
}

// ---- the numbered items of each scope ------------------------------------------------

/** Descendants of `node` that `take` accepts, not looking inside those `skip` rejects. */
function collect(node: Node, take: (n: Node) => boolean, skip: (n: Node) => boolean): Node[] {
  return node.children.flatMap((child) => (skip(child) ? [] : take(child) ? [child] : collect(child, take, skip)));
}

/** A paragraph's own number opens it; `Guideline 3.` carries a number but is not `paragraph 3`. */
function numberedParagraph(n: Node): boolean {
  return n.label !== undefined && n.label.style === 'arabic' && n.label.range.start.line === n.range.start.line &&
    n.label.range.start.character === n.range.start.character;
}

function operativeParagraphs(resolution: Node): Node[] {
  return collect(resolution, (n) => n.kind === 'operative', (n) => n.kind === 'annex' || n.kind === 'resolution' || n.kind === 'preamble')
    .filter(numberedParagraph);
}

function annexParagraphs(annex: Node): Node[] {
  return collect(annex, (n) => n.kind === 'paragraph' && numberedParagraph(n), (n) => n.kind === 'rule');
}

function rules(annex: Node): Node[] {
  return collect(annex, (n) => n.kind === 'rule' && n.label !== undefined, () => false);
}

function ruleParagraphs(rule: Node): Node[] {
  return rule.children.filter((n) => n.kind === 'paragraph' && numberedParagraph(n));
}

function reportParagraphs(root: Node): Node[] {
  return collect(root, (n) => n.kind === 'reportParagraph' && n.label !== undefined, (n) => n.kind === 'resolution');
}

function subparagraphs(parent: Node): Node[] {
  return parent.children.filter((n) => n.kind === 'subparagraph' && n.label !== undefined);
}

function onlyAnnex(resolution: Node): Node | undefined {
  const annexes = resolution.children.filter((n) => n.kind === 'annex');
  return annexes.length === 1 ? annexes[0] : undefined;
}

// ---- text positions ------------------------------------------------------------------

/** Text inside curly quotes quotes another instrument; its references are not ours. */
function insideQuotation(model: DocumentModel, offset: number): boolean {
  const before = model.text.slice(model.lineStarts[positionAt(model, offset).line], offset);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
}

function positionAt(model: DocumentModel, offset: number): Range['start'] {
  const starts = model.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}

function rangeOf(model: DocumentModel, start: number, end: number): Range {
  return { start: positionAt(model, start), end: positionAt(model, end) };
}
