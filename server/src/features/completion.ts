/**
 * Phrase completion by position: at the start of an operative paragraph (after `N. `) the
 * operative phrases in italics, with the `Also` and `Further` forms of the verbs the
 * resolution has already used; at the start of a preambular paragraph (or of an unnumbered
 * line after the organ line or the last preambular paragraph) the preambular openers, with
 * `also` and `further` forms of those already used. Never one part's phrases in the other.
 */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { lineText, walk, type DocumentModel, type Node, type Position } from '../model';
import { matchOperativePhrase, matchPreambularOpener, operativePhrases, preambularOpeners } from '../vocabulary';
import { resolutionParts, type ResolutionParts } from './resolutionParts';

// What may stand between the start of the paragraph and the cursor: a few words, maybe an asterisk.
const numberedStart = /^[\s\u00a0]*(?:[-–—•]\s+)?(?:\d{1,4}\.|\([a-z]{1,4}\))[ \u00a0]+(\*?)([\p{L}’' -]{0,60})$/u;
const unnumberedStart = /^[\s\u00a0]*(\*?)([\p{L}’' -]{0,60})$/u;

/** Adverbs that say a verb is used again, in the order they are used. */
const repeatAdverbs = new Set(['Also', 'Further', 'Further also']);

export function getPhraseCompletions(model: DocumentModel, position: Position): CompletionItem[] {
  const before = lineText(model, position.line).slice(0, position.character);
  const numbered = numberedStart.exec(before);
  if (numbered) {
    const paragraph = operativeAt(model, position.line);
    if (!paragraph) return [];
    return operativeItems(paragraph.parts, position, numbered[1], numbered[2]);
  }
  const unnumbered = unnumberedStart.exec(before);
  if (!unnumbered || /^\s*\d/.test(unnumbered[2])) return [];
  const parts = preambleBefore(model, position.line);
  return parts ? preambularItems(parts, position, unnumbered[1], unnumbered[2]) : [];
}

/** The operative paragraph that starts on `line`, and its resolution. */
function operativeAt(model: DocumentModel, line: number): { node: Node; parts: ResolutionParts } | undefined {
  for (const parts of resolutionParts(model)) {
    const node = parts.operative.find((n) => n.range.start.line === line);
    if (node) return { node, parts };
  }
  return undefined;
}

/**
 * The resolution whose preamble a new unnumbered line on `line` would continue: the line
 * follows its organ line or a preambular paragraph, before any operative paragraph, and is
 * not a hard-wrapped line of the paragraph above.
 */
function preambleBefore(model: DocumentModel, line: number): ResolutionParts | undefined {
  const previous = walk(model.children).filter((n) => n.range.start.line < line).pop();
  if (!previous || previous.lines?.includes(line)) return undefined;
  const parts = resolutionParts(model)
    .filter((p) => p.resolution.range.start.line <= previous.range.start.line)
    .pop();
  if (!parts?.resolution.organ || parts.resolution.organ.range.start.line >= line) return undefined;
  if (parts.operative.some((n) => n.range.start.line < line)) return undefined;
  const inPreamble = previous === parts.resolution || parts.preambular.some((n) => n === previous || contains(n, previous));
  return inPreamble ? parts : undefined;
}

function contains(outer: Node, inner: Node): boolean {
  return inner.range.start.line >= outer.range.start.line && inner.range.end.line <= outer.range.end.line;
}

function operativeItems(parts: ResolutionParts, position: Position, asterisk: string, typed: string): CompletionItem[] {
  const used = new Set(
    parts.operative
      .filter((n) => n.range.start.line < position.line)
      .map((n) => matchOperativePhrase((n.phrase ?? '').replace(/\*/g, ''))?.base),
  );
  const range = typedRange(position, asterisk, typed);
  return operativePhrases()
    .filter((p) => !repeatAdverbs.has(p.adverb ?? '') || used.has(p.base))
    .map((p) => {
      // The next use of a verb already used comes first, then the plain phrases.
      const rank = p.adverb && used.has(p.base) ? 0 : p.adverb ? 2 : 1;
      return item(p.phrase, `*${p.phrase}* `, asterisk, range, rank, 'operative phrase', CompletionItemKind.Function);
    });
}

function preambularItems(parts: ResolutionParts, position: Position, asterisk: string, typed: string): CompletionItem[] {
  const used = new Set(
    parts.preambular.filter((n) => n.range.start.line < position.line).map((n) => matchPreambularOpener(n.phrase ?? '')?.base),
  );
  const range = typedRange(position, asterisk, typed);
  const wrap = (text: string) => (asterisk ? `*${text}* ` : `${text} `);
  return preambularOpeners.flatMap((opener) => [
    item(opener, wrap(opener), asterisk, range, 1, 'preambular opener', CompletionItemKind.Keyword),
    ...(used.has(opener) ? ['also', 'further'].map((adverb) => {
      const phrase = withTrailingAdverb(opener, adverb);
      return item(phrase, wrap(phrase), asterisk, range, 0, 'preambular opener', CompletionItemKind.Keyword);
    }) : []),
  ]);
}

/** `Recalling also`, but `Guided also by`: the adverb goes before a closing preposition. */
function withTrailingAdverb(opener: string, adverb: string): string {
  const m = /^(.*) (by|of|at|to|about)$/.exec(opener);
  return m ? `${m[1]} ${adverb} ${m[2]}` : `${opener} ${adverb}`;
}

function typedRange(position: Position, asterisk: string, typed: string): Range {
  return { start: { line: position.line, character: position.character - typed.length - asterisk.length }, end: position };
}

function item(label: string, newText: string, asterisk: string, range: Range, rank: number, detail: string, kind: CompletionItemKind): CompletionItem {
  return { label, kind, detail, sortText: `${rank}${label}`, filterText: `${asterisk}${label}`, textEdit: { range, newText } };
}
