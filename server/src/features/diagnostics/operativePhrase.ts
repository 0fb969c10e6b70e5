/**
 * `operative-phrase`: an operative paragraph that does not open with a known phrase, with
 * "did you mean" fixes; `operative-italics`: a known phrase written without italics.
 * Lettered items of a decision (`(a) Takes note …`) are plain in published text, and may open
 * with an infinitive (`decides to: (a) Reaffirm …`) or a lead-in (`(b) Recalling …, decides`).
 */
import { DiagnosticSeverity, TextEdit, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { DocumentModel, Position } from '../../model';
import { matchLeadInOperative, matchOperativeInfinitive, matchOperativePhrase, suggestOperativePhrase } from '../../vocabulary';
import { openingPhrase, type OpeningPhrase } from '../paragraphText';
import { resolutionParts } from '../resolutionParts';
import { draftingDiagnostic } from './draftingDiagnostic';

/** Decisions as adopted record what was done: `(a) Took note of …`, `(b) Approved …`. */
const pastTenseOpening = /^\*?(?:Took|Agreed|Gave|Made|Chose|Held|Set|Bore|[A-Z][a-z]+ed)\b/;

/** A paragraph that opens as a sentence (`We recognize …`, `States shall …`) is a text given in full, not a slip. */
const sentenceOpening = /^(?:We|I|It|They|The|This|These|Those|Each|All)\b|^\*?\p{Lu}\p{L}*\*?\s+(?:shall|should|will|may|must|is|are|has|have)\b/u;

export function checkOperativePhrases(model: DocumentModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { operative } of resolutionParts(model)) {
    for (const node of operative) {
      const opening = openingPhrase(model, node);
      if (opening.text.trim().length === 0) continue;
      const match = matchOperativePhrase(opening.text);
      const lettered = node.label?.style === 'letter';
      if (match && opening.italicLength === undefined && !lettered) {
        diagnostics.push(italicsHint(opening, match.length, match.phrase));
      } else if (!match && !sentenceOpening.test(opening.text) && !pastTenseOpening.test(opening.text) && !(lettered && (matchOperativeInfinitive(opening.text) || matchLeadInOperative(opening.text)))) {
        diagnostics.push(unknownPhrase(opening));
      }
    }
  }
  return diagnostics;
}

function italicsHint(opening: OpeningPhrase, length: number, phrase: string): Diagnostic {
  const range = span(opening.start, 0, length);
  const fix = { title: `Put “${phrase}” in italics`, edits: [TextEdit.insert(range.start, '*'), TextEdit.insert(range.end, '*')] };
  return draftingDiagnostic('operative-italics', DiagnosticSeverity.Hint, range, `The operative phrase “${phrase}” is usually in italics.`, [fix]);
}

function unknownPhrase(opening: OpeningPhrase): Diagnostic {
  const region = opening.text.slice(0, opening.italicLength ?? opening.text.length);
  const suggestions = suggestOperativePhrase(region);
  const fixes = suggestions.map((phrase) => ({
    title: `Change to “${phrase}”`,
    edits: [TextEdit.replace(span(opening.start, 0, wordsLength(region, phrase.split(' ').length)), phrase)],
  }));
  const length = opening.italicLength ?? wordsLength(region, 1);
  const written = region.slice(0, length).trim();
  const range = span(opening.start, 0, length);
  const didYouMean = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `“${s}”`).join(' or ')}?` : '';
  const message = `“${written}” is not a known operative phrase.${didYouMean}`;
  return draftingDiagnostic('operative-phrase', DiagnosticSeverity.Information, range, message, fixes);
}

/** Length of the first `count` words of `text`, without the punctuation after the last. */
function wordsLength(text: string, count: number): number {
  const words = new RegExp(`^\\s*\\S+(?:\\s+\\S+){0,${Math.max(0, count - 1)}}`).exec(text);
  return words ? words[0].replace(/[,;:.]+$/, '').length : 0;
}

function span(start: Position, from: number, to: number): Range {
  return { start: { line: start.line, character: start.character + from }, end: { line: start.line, character: start.character + to } };
}
