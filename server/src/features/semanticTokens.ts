/**
 * Semantic tokens for what only the parse knows: whether a numbered line is an operative,
 * a sub-paragraph or a report paragraph, which phrase opens a preambular or an operative
 * paragraph, which lines are headings, and where footnote markers and bodies are. The
 * TextMate grammar colours the rest. Standard token types, so themes colour them unaided.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import { lineText, walk, type DocumentModel, type Node, type Range } from '../model';

const tokenTypes = ['function', 'parameter', 'number', 'enumMember', 'variable', 'namespace', 'class', 'macro', 'decorator'] as const;
type TokenType = (typeof tokenTypes)[number];

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...tokenTypes], tokenModifiers: [] };

/** What each part of the parse is called in the legend. */
const roles = {
  operativePhrase: 'function',
  preambularOpener: 'parameter',
  operativeLabel: 'number',
  subparagraphLabel: 'enumMember',
  reportParagraphLabel: 'variable',
  heading: 'namespace',
  organ: 'class',
  footnoteMarker: 'macro',
  footnoteBody: 'decorator',
} as const satisfies Record<string, TokenType>;

const headingKinds = new Set<Node['kind']>(['chapter', 'section', 'resolution', 'annex', 'heading', 'rule']);

interface Token {
  readonly range: Range;
  readonly type: TokenType;
}

export function getSemanticTokens(model: DocumentModel): SemanticTokens {
  const tokens: Token[] = [];
  const add = (range: Range | undefined, type: TokenType) => range && tokens.push({ range, type });
  for (const node of walk(model.children)) {
    if (headingKinds.has(node.kind) && node.form !== 'embedded' && node.form !== 'untitled') add(node.selectionRange, roles.heading);
    if (node.organ) add(node.organ.range, roles.organ);
    if (node.kind === 'operative') {
      add(node.label?.range, roles.operativeLabel);
      add(node.phraseRange, roles.operativePhrase);
    } else if (node.kind === 'preambular') {
      add(node.phraseRange, roles.preambularOpener);
    } else if (node.kind === 'subparagraph') {
      add(node.label?.range, roles.subparagraphLabel);
    } else if (node.kind === 'reportParagraph') {
      add(node.label?.range, roles.reportParagraphLabel);
    }
  }
  for (const marker of model.markers) add(marker.range, roles.footnoteMarker);
  for (const body of model.footnotes) add(body.labelRange, roles.footnoteBody);
  return { data: encode(model, tokens) };
}

/** LSP's relative encoding: one line each, sorted, without overlaps. */
function encode(model: DocumentModel, tokens: Token[]): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  let end = { line: -1, character: 0 };
  const sorted = tokens.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const { range, type } of sorted) {
    const { start } = range;
    if (start.line < end.line || (start.line === end.line && start.character < end.character)) continue;
    const lastColumn = range.end.line === start.line ? range.end.character : lineText(model, start.line).length;
    if (lastColumn <= start.character) continue;
    data.push(start.line - line, start.line === line ? start.character - character : start.character, lastColumn - start.character, tokenTypes.indexOf(type), 0);
    [line, character] = [start.line, start.character];
    end = { line: start.line, character: lastColumn };
  }
  return data;
}
