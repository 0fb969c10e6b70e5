/** What the parser reads off a paragraph's text: its opening phrase, its first words, its emphasis. */
import { matchOperativePhrase, matchPreambularOpener } from '../vocabulary';

export interface Phrase {
  readonly text: string;
  /** Column of the phrase within the text it was read from. */
  readonly start: number;
  readonly italic: boolean;
  readonly operative: boolean;
  readonly preambular: boolean;
}

/** The opening phrase of a paragraph: its leading italic run, else a known phrase. */
export function readPhrase(text: string): Phrase {
  const italic = /^\*([^*\n]{1,80}?)\*/.exec(text);
  const plain = italic ? italic[1].trim() : text;
  const operative = matchOperativePhrase(plain);
  const preambular = matchPreambularOpener(plain);
  if (italic) {
    return { text: italic[1].trim(), start: 1, italic: true, operative: operative !== undefined, preambular: preambular !== undefined };
  }
  const match = operative && (!preambular || operative.length >= preambular.length) ? operative : preambular;
  return { text: match ? text.slice(0, match.length) : '', start: 0, italic: false, operative: operative !== undefined, preambular: preambular !== undefined };
}

/** A paragraph's first words, for its outline name: `Persons detained, arrested or charged with…`. */
export function firstWords(text: string, count = 6): string {
  // Reads only the words it needs: a paragraph can run to thousands of words.
  const words: string[] = [];
  const word = /\S+/g;
  for (let m = word.exec(text); m && words.length <= count; m = word.exec(text)) {
    const bare = m[0].replace(/\*+/g, '');
    if (bare) words.push(bare);
  }
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** A heading written in bold (`**Annex**`) reads as the heading. */
export function unbold(content: string): string {
  const m = /^\*\*(.+?)\*\*\s*$/.exec(content);
  return m ? m[1] : content;
}

export function stripItalics(content: string): string {
  return content.replace(/\*+/g, '');
}

/** A block's first line as the parser reads it: unbolded, without the quotation mark of a draft quoted in full. */
export function readableContent(firstLine: string): string {
  return unbold(firstLine).replace(/^[“"]/, '');
}

/** A heading may carry a footnote marker (`Draft resolution II¹`): the heading without it. */
export function withoutTrailingMarkers(text: string): string {
  return /[⁰¹²³⁴⁵⁶⁷⁸⁹*]$/.test(text) ? text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹*]+$/, '').trimEnd() : text;
}
