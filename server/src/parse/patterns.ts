/**
 * Line patterns of the resolution format (../shared/FORMAT.md). Each recogniser looks at
 * one line's content (indentation, list dashes and bold markers already removed) and says
 * what it could be; the parser decides by context.
 */

export const chapterHeading = /^(?:Chapter|CHAPTER)\s+([IVXLC]+)\.?\s*$/;
export const draftHeading = /^Draft\s+(resolution|decision)(?:\s+([IVXLC]+))?\s*$/i;
export const adoptedHeading = /^(Resolution|Decision)\s+(\d{1,4})\/(\d{1,4})\s*$/;
export const securityCouncilHeading = /^Resolution\s+(\d{1,5})\s+\((\d{4})\)\s*$/;
/** `78/223. Title` (General Assembly, Human Rights Council as issued). */
export const issuedHeading = /^(S-)?(\d{1,4})\/(\d{1,4})\.\s+(\S.*)$/;
/** A Security Council draft opens with its sponsors: `…Viet Nam: draft resolution`. */
export const sponsorLine = /:\s*(?:revised\s+)?draft\s+(?:resolution|decision)\s*$/i;
export const sectionHeading = /^([A-Z])\.\s+(\S.*)$/;
export const romanHeading = /^([IVXLC]+)\.\s+(\S.*)$/;
export const annexHeading = /^(?:Annex|ANNEX)(?:\s+([IVXLC]+|[A-Z]|\d+))?\.?(?:\s*[–—:-]\s*(\S.*))?\s*$/;
export const ruleHeading = /^Rule\s+(\d{1,4})\s*$/;
/** Lead lines that carry their own number: `Guideline 3. States should…`, `Action 13.` */
export const leadLine = /^(Guideline|Action|Article|Principle|Recommendation|Commitment)\s+(\d{1,4})\.(?:\s+|$)/;
// PDF conversions sometimes lose the space after a label (`2.*Invites*`, `(a)Persons`).
export const numberedLabel = /^(\d{1,4})\.(?=\s|$|\*?\p{Lu})\s*/u;
export const parenLabel = /^\(([a-z]{1,4}|[ivxlc]{1,7})\)(?=\s|$|\*?\p{Lu})\s*/u;
export const dotLabel = /^([a-z]{1,2}|[ivxlc]{1,7})\.(?=\s)\s*/;
/** The organ line: `The General Assembly,` or `*The Security Council*,` or `The Council:`. */
export const organLine =
  /^\*{0,2}(The\s+(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council|(?:[A-Z][\w’'-]*)(?:\s+(?:of|on|for|and|the|to|in|against|[A-Z][\w’'-]*)){0,14}))\*{0,2}(\s*[,:]|\s*$)/;
/** A declaration in an annex speaks in the first person: `*We, the Heads of State …*,` */
export const declarationOrganLine = /^\*{0,2}We,\s/;
export const meetingLine = /^\d{1,4}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\.?\s*$/i;
export const adoptionNote = /^\[(?:Adopted|Resolution adopted|Decision adopted|Approved)\b/i;
export const voteBlock = /^(?:In favour|Against|Abstaining|Absent|Recorded vote|Abstentions)\s*:/i;
/** A line of a table of contents: dot leaders or a trailing page number after a tab. */
export const contentsLine = /(?:\.\s?){4,}\s*\d*\s*$|\t\s*\d{1,4}\s*$|^Contents(?:\s+Page)?$/;
export const provisionalAgenda = /^(?:\*{1,2})?Provisional agenda\b/i;

/** Masthead and adoption lines of issued documents (metadata, never structure). */
/** The document symbol line of a masthead: `A/RES/78/223`, `S/RES/2524 (2020)`, `S/2024/302`. */
export const documentSymbolLine = /^(?:A|S|E|A\/HRC|E\/CN\.\d+|A\/C\.\d+)\/(?:RES\/)?[\w.\/-]+(?:\s+\(\d{4}\))?$/;

/** Page furniture left by PDF conversion: page numbers (`12`, `3/35`, `Page 4`), job numbers (`13-34567 (E)`, `GE.13-12345`), barcodes. */
export const pageFurniture = /^(?:\d{1,4}|\d{1,4}\s*\/\s*\d{1,4}|Page \d{1,4}(?: of \d{1,4})?|\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\S+){0,2}|GE\.\d{2}-\d{5}.*|\*\d{6,}\*)$/;

export const mastheadLine = new RegExp(
  [
    '^United Nations$',
    documentSymbolLine.source,
    '^Distr\\.?:?\\s',
    '^Original:\\s',
    '^Agenda items?\\s',
    '^[A-Z][a-z]+(?:-[a-z]+)?\\s+(?:special\\s+)?session$',
    '^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)$',
    '^\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{4}$',
  ].join('|'),
);

/** Adoption lines of an issued resolution: `Resolution adopted by the General Assembly on …`. */
export const adoptionLine =
  /^(?:(?:Resolution|Decision)s? adopted by\s|Adopted by the\s|\[(?:on|without) (?:the )?(?:report|reference|recommendation)[^\]]*\]\.?$)/;
/** A Markdown thematic break, or the fences of YAML front matter. */
export const thematicBreak = /^(?:-{3,}|\*{3,}|_{3,})$/;

/** A short line without closing punctuation reads as a heading (`1. Basic principle`, `Introduction`). */
export function isShortHeading(text: string, maxWords = 16): boolean {
  // Markers add a few characters at most: a long paragraph is turned away before any regular expression.
  if (text.length > maxWords * 12 + 40) return false;
  const trimmed = stripMarkers(text).trim();
  if (trimmed.length === 0 || trimmed.length > maxWords * 12) return false;
  if (/[.,;:]$/.test(trimmed)) return false;
  if (!/^[\p{Lu}\d*“"‘']/u.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= maxWords;
}

/** Removes footnote markers, italics and bold asterisks at the end, for punctuation checks. */
export function stripMarkers(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{[^}]*\}|\[\^\d+\]/g, '').replace(/[*\s]+$/, '');
}

/** The last meaningful character: `… held,¹` → `,`; `… (A/70/90).”` → `.` */
export function closingPunctuation(text: string): string {
  if (text.includes('^')) return stripMarkers(text).replace(/[\s”’"')\]]+$/, '').slice(-1);
  // Without `^` the only markers are superscript digits: read back from the end, not the whole line.
  const end = skipBack(text, skipBack(text, text.length, /[*\s]/), /[\s”’"')\]]/);
  return end > 0 ? text[end - 1] : '';
}

/** Where a run of `skip` characters (and superscript markers) ends, reading back from `end`. */
function skipBack(text: string, end: number, skip: RegExp): number {
  while (end > 0 && (superscriptDigits.includes(text[end - 1]) || skip.test(text[end - 1]))) end--;
  return end;
}

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Whether a block of text could continue a paragraph cut by a page break. */
export function startsLowerCase(text: string): boolean {
  return /^[\p{Ll}]/u.test(text);
}
