/**
 * Second pass: blocks to the document model. A single forward walk with a small
 * context (chapter, section, resolution and its part, annex, list levels) decides what
 * each block is; page-break continuations are joined to the paragraph they continue.
 */
import type {
  DocumentModel, FootnoteBody, FootnoteMarker, Label, LabelDecoration, LabelStyle, Node, NodeKind,
  Range, ResolutionForm, Sequence, SequenceKind,
} from '../model';
import { fromLetters, fromRoman, readLowerLabel } from '../numbering';
import { matchOperativePhrase } from '../vocabulary';
import { isTableRow, splitBlocks, wrapWidth, type Block } from './blocks';
import { makeBody, scanMarkers } from './footnotes';
import { splitLines } from './lines';
import { placeLabel, type ListLevel, type Reading } from './listLevels';
import { firstWords, readableContent, readPhrase, stripItalics, unbold, withoutTrailingMarkers, type Phrase } from './phrases';
import * as P from './patterns';

type Part = 'title' | 'organ' | 'preamble' | 'operative' | 'closing';

interface ResolutionContext {
  readonly node: Node;
  part: Part;
  preamble?: Node;
  readonly operative: Sequence;
  /** Lettered items that stand at the top level of a decision: `(a) Takes note …;`. */
  topLevelLetters?: ListLevel;
  /** Where operative paragraphs go: the resolution, or an operative heading. */
  container: Node;
  annexes?: Sequence;
  /** A lettered part of an omnibus resolution, with its own organ line and numbering. */
  isPart?: boolean;
  /** Set when the previous paragraph announced a draft given in full (`… the following draft resolution:`). */
  announcesDraft?: boolean;
}

interface AnnexContext {
  readonly node: Node;
  paragraphs: Sequence;
  readonly leads: Map<string, Sequence>;
  readonly rules: Sequence;
  /** Open headings, outermost first, with their level (1 roman/unnumbered, 2 letter, 3 numbered, 4 lettered). */
  readonly headings: { node: Node; level: number; letters?: Sequence; numbered?: Sequence; subLetters?: Sequence }[];
  readonly romans: Sequence;
  readonly letters: Sequence;
  readonly numberedHeadings: Sequence;
  rule?: { node: Node; paragraphs: Sequence };
}

/** `width`: the wrap width of the whole document, when `text` is one chapter of it (see incremental.ts). */
export function parseDocument(text: string, uri = '', version = 0, width?: number | null): DocumentModel {
  return new Parser(text, uri, version).parse(width);
}


class Parser {
  private readonly lines: string[];
  private readonly lineStarts: number[];
  private readonly roots: Node[] = [];
  private readonly sequences: Sequence[] = [];
  private readonly markers: FootnoteMarker[] = [];
  private readonly footnotes: FootnoteBody[] = [];
  private readonly footnoteBlocks: Range[] = [];
  private readonly metadata: { text: string; range: Range }[] = [];

  // A file may hold one chapter of a report (`Chapter III`, paragraphs from 41): these count on from wherever they start.
  private readonly chapters = this.sequence('chapter', true);
  private readonly reportParagraphs = this.sequence('reportParagraph', true);
  private sections = this.sequence('section');
  private resolutionHeadings = new Map<SequenceKind, Sequence>();
  private chapter?: Node;
  private section?: Node;
  /** Innermost last: an embedded draft sits on top of the resolution that gives it. */
  private resolutions: ResolutionContext[] = [];
  private annex?: AnnexContext;
  private agenda?: { node: Node; items: Sequence };
  private pendingTitle?: Node;
  /** The paragraph a page-break continuation would join, and its list levels. */
  private paragraph?: Node;
  private levels: ListLevel[] = [];
  private footnotesSinceParagraph = false;
  private sawStructure = false;
  private inFrontMatter = false;
  /** The current block's text after its first line (a heading is judged on the whole block). */
  private tail = '';
  /** Inside a recorded-vote block, whose lists of States belong to it. */
  private voteOpen?: 'bracket' | 'list';

  constructor(private readonly text: string, private readonly uri: string, private readonly version: number) {
    ({ lines: this.lines, starts: this.lineStarts } = splitLines(text));
  }

  parse(width?: number | null): DocumentModel {
    let footnoteRun: Range | undefined;
    let lastFootnoteLine = -2;
    for (const block of splitBlocks(this.lines, width === undefined ? wrapWidth(this.lines) : width ?? undefined)) {
      if (block.footnote) {
        this.footnoteBody(block);
        const end = this.lineEnd(block.lines[block.lines.length - 1]);
        if (footnoteRun && block.lines[0] - lastFootnoteLine <= 2) footnoteRun.end = end;
        else this.footnoteBlocks.push((footnoteRun = { start: { line: block.lines[0], character: block.col }, end }));
        lastFootnoteLine = block.lines[block.lines.length - 1];
        continue;
      }
      footnoteRun = undefined;
      for (const line of block.lines) scanMarkers(this.lines[line], line, line === block.lines[0] ? block.col : 0, this.markers);
      this.block(block);
    }
    this.closeAll(this.lines.length);
    this.describeIssuedDocument();
    return {
      uri: this.uri,
      version: this.version,
      text: this.text,
      lineStarts: this.lineStarts,
      children: this.roots,
      sequences: this.sequences.filter((s) => s.items.length > 0),
      markers: this.markers,
      footnotes: this.footnotes,
      footnoteBlocks: this.footnoteBlocks,
      metadata: this.metadata,
    };
  }

  /** An issued document's symbol (`A/RES/78/223`) joins its resolution's detail. */
  private describeIssuedDocument(): void {
    const symbol = this.metadata.find((m) => P.documentSymbolLine.test(m.text));
    const [main] = this.roots;
    if (symbol && main?.kind === 'resolution' && this.roots.length === 1) {
      main.detail = main.detail ? `${main.detail} · ${symbol.text}` : symbol.text;
    }
  }

  // ---- blocks ------------------------------------------------------------------------

  /** Whether `text`, read from the current block's first line, and the block's other lines make a heading. */
  private isHeading(text: string, maxWords?: number): boolean {
    return P.isShortHeading(text + this.tail, maxWords);
  }

  private block(block: Block): void {
    this.tail = block.text.slice(block.content.length);
    const content = readableContent(block.content);
    const resolution = this.resolution;
    // Running heads and page numbers of a converted PDF are neither structure nor text.
    if (this.sawStructure && (P.pageFurniture.test(content) || P.documentSymbolLine.test(content))) return;

    if (this.continuesParagraph(content)) {
      const paragraph = this.paragraph!;
      paragraph.lines!.push(...block.lines);
      paragraph.range.end = this.lineEnd(block.lines[block.lines.length - 1]);
      this.extendAncestors(paragraph.range.end);
      this.footnotesSinceParagraph = false;
      return;
    }
    this.footnotesSinceParagraph = false;
    if (isTableRow(block.content)) return this.table(block);
    // A garbled table of contents (`I.  Matters … . . . 3`) is never structure.
    if (P.contentsLine.test(block.content.slice(-80))) return;

    if (this.metadataBlock(block, content)) return;

    let m: RegExpExecArray | null;
    // A heading may carry a footnote marker (`Draft resolution II¹`).
    const bare = withoutTrailingMarkers(content);
    if ((m = P.chapterHeading.exec(bare))) return this.chapterHeading(block, m[1]);
    if ((m = P.draftHeading.exec(bare))) {
      const decision = m[1].toLowerCase() === 'decision';
      const name = `Draft ${decision ? 'decision' : 'resolution'}${m[2] ? ' ' + m[2] : ''}`;
      const label = m[2] ? this.label(block, m[2], fromRoman(m[2])!, 'upperRoman', 'none', block.content.lastIndexOf(m[2])) : undefined;
      return this.resolutionHeading(block, name, decision ? 'draftDecision' : 'draftResolution', label, decision ? 'draftDecision' : 'draftResolution');
    }
    if ((m = P.adoptedHeading.exec(bare))) {
      const decision = m[1] === 'Decision';
      const label = this.label(block, m[3], Number(m[3]), 'arabic', 'none', content.indexOf('/') + 1);
      return this.resolutionHeading(block, bare, decision ? 'decision' : 'resolution', label, decision ? 'adoptedDecision' : 'adoptedResolution');
    }
    // Security Council resolutions have no title line.
    if (P.securityCouncilHeading.test(bare)) return this.resolutionHeading(block, bare, 'resolution', undefined, undefined, null);
    if ((m = P.issuedHeading.exec(content))) {
      return this.resolutionHeading(block, `Resolution ${m[1] ?? ''}${m[2]}/${m[3]}`, 'resolution', undefined, undefined, m[4]);
    }
    if ((m = P.sponsorLine.exec(content.slice(-50))) && (!resolution || resolution.part === 'operative' || resolution.part === 'closing')) {
      // `Albania, …: draft resolution`: the sponsors, then a title line (a committee's draft) or the organ line.
      const decision = /decision/i.test(m[0]);
      this.resolutionHeading(block, `${/revised/i.test(m[0]) ? 'Revised draft' : 'Draft'} ${decision ? 'decision' : 'resolution'}`, decision ? 'draftDecision' : 'draftResolution');
      this.resolution!.node.detail = content.slice(0, content.length - m[0].length).trim();
      return;
    }
    if ((m = P.sectionHeading.exec(content)) && this.isReportSection(m[1], m[2])) return this.sectionHeading(block, m[1], m[2]);
    if ((m = P.annexHeading.exec(content)) && (resolution || this.sawStructure || this.roots.length === 0)) {
      return this.annexHeading(block, content, m[1], m[2]);
    }

    if (this.pendingTitle) {
      if (!P.organLine.test(content) && !P.numberedLabel.test(content)) return this.title(block, unbold(block.text));
      this.pendingTitle = undefined;
    }

    if (this.isOrganLine(content)) return this.organLine(block, content);
    if (resolution && (this.voteOpen || P.meetingLine.test(content) || P.adoptionNote.test(content) || P.voteBlock.test(content))) {
      return this.closing(block, content);
    }
    if (this.agenda && this.agendaBlock(block, content)) return;
    if (this.annex) return this.annexBlock(block, content);
    if (resolution) return this.resolutionBlock(resolution, block, content);
    return this.reportBlock(block, content);
  }

  /** Masthead, adoption lines and front matter of an issued or converted document: metadata, never structure. */
  private metadataBlock(block: Block, content: string): boolean {
    const resolution = this.resolution;
    const beforeBody = !this.sawStructure || (resolution !== undefined && (resolution.part === 'title' || resolution.part === 'organ'));
    const previous = this.metadata[this.metadata.length - 1];
    const isMetadata =
      this.inFrontMatter ||
      (P.thematicBreak.test(content) && this.metadata.length === 0 && this.roots.length === 0) ||
      (beforeBody && P.adoptionLine.test(content)) ||
      (beforeBody && !this.pendingTitle && P.mastheadLine.test(content)) ||
      // The agenda item's title follows `Agenda item 107` in the masthead.
      (!this.sawStructure && previous !== undefined && /^Agenda items?\s/.test(previous.text) && previous.range.end.line >= block.lines[0] - 1);
    if (P.thematicBreak.test(content)) {
      // YAML front matter opens and closes with `---`; elsewhere `---` only separates.
      if (this.metadata.length === 0 && this.roots.length === 0) this.inFrontMatter = true;
      else if (this.inFrontMatter) this.inFrontMatter = false;
      if (!isMetadata) return true;
    }
    if (!isMetadata) return false;
    this.metadata.push({ text: content, range: this.blockRange(block) });
    return true;
  }

  /** A table belongs to the paragraph that introduces it; it is not structure. */
  private table(block: Block): void {
    const paragraph = this.paragraph;
    if (!paragraph) return;
    paragraph.range.end = this.lineEnd(block.lines[block.lines.length - 1]);
    this.extendAncestors(paragraph.range.end);
  }

  /** A block that starts in lower case, or follows footnotes that cut an unfinished sentence, continues its paragraph. */
  private continuesParagraph(content: string): boolean {
    const paragraph = this.paragraph;
    if (!paragraph || !paragraph.lines) return false;
    if (P.startsLowerCase(content)) return !/^(?:\([a-z]{1,7}\)|[a-z]{1,2}\.)\s/.test(content);
    // A capital after a page break continues only a sentence left unfinished.
    const lastLine = this.lines[paragraph.lines[paragraph.lines.length - 1]];
    if (/[.,;:]/.test(P.closingPunctuation(lastLine))) return false;
    if (!this.footnotesSinceParagraph && this.isHeading(content)) return false;
    return !/^(?:\d{1,4}\.|\([a-z]{1,7}\)|[a-zA-Z]{1,2}\.|[IVXLC]+\.)\s/.test(content) && !this.looksLikeHeading(content) && !P.mastheadLine.test(content);
  }

  private looksLikeHeading(content: string): boolean {
    return (
      P.chapterHeading.test(content) || P.draftHeading.test(content) || P.adoptedHeading.test(content) ||
      P.annexHeading.test(content) || P.ruleHeading.test(content) || P.securityCouncilHeading.test(content) ||
      P.issuedHeading.test(content) || P.organLine.test(content)
    );
  }

  // ---- report level ----------------------------------------------------------------

  private chapterHeading(block: Block, numeral: string): void {
    this.closeAll(block.lines[0]);
    const node = this.node('chapter', `Chapter ${numeral}`, block);
    node.label = this.label(block, numeral, fromRoman(numeral) ?? 0, 'upperRoman', 'none', block.content.lastIndexOf(numeral));
    this.chapters.items.push(node);
    this.roots.push(node);
    this.chapter = node;
    this.sections = this.sequence('section');
    this.resolutionHeadings = new Map();
    this.pendingTitle = node;
    this.sawStructure = true;
  }

  /** A lettered heading inside a resolution or annex is a report section only if it continues the report's sections. */
  private isReportSection(letter: string, title: string): boolean {
    if (!this.resolution && !this.annex) return true;
    const last = this.sections.items[this.sections.items.length - 1]?.label?.value ?? 0;
    if (fromLetters(letter) !== last + 1) return false;
    return /^(?:Draft\s|Matters\s|Resolutions?\s|Decisions?\s|Other\s+matters)/.test(title);
  }

  private sectionHeading(block: Block, letter: string, title: string): void {
    this.closeResolutions(block.lines[0]);
    this.closeNode(this.section, block.lines[0]);
    const node = this.node('section', `${letter}. ${title}`, block);
    node.label = this.label(block, letter, fromLetters(letter)!, 'upperLetter', 'dot');
    this.sections.items.push(node);
    (this.chapter ? this.chapter.children : this.roots).push(node);
    this.section = node;
    this.resolutionHeadings = new Map();
    this.sawStructure = true;
  }

  private reportBlock(block: Block, content: string): void {
    const m = P.numberedLabel.exec(content);
    if (m) {
      const node = this.paragraphNode('reportParagraph', block, m, content);
      this.reportParagraphs.items.push(node);
      this.container().push(node);
      this.startParagraph(node);
      return;
    }
    const sub = this.subLabel(content);
    if (sub && this.paragraph) return this.subparagraph(block, content, sub);
    if (P.provisionalAgenda.test(content)) return this.startAgenda(block, content, this.container());
    this.paragraph = undefined;
  }

  private container(): Node[] {
    return this.section ? this.section.children : this.chapter ? this.chapter.children : this.roots;
  }

  // ---- resolutions -------------------------------------------------------------------

  private get resolution(): ResolutionContext | undefined {
    return this.resolutions[this.resolutions.length - 1];
  }

  /** `title`: given on the heading line, `undefined` when the next line holds it, `null` when there is none. */
  private resolutionHeading(block: Block, name: string, form: ResolutionForm, label?: Label, sequenceKind?: SequenceKind, title?: string | null): void {
    this.closeResolutions(block.lines[0]);
    const node = this.node('resolution', name, block);
    node.form = form;
    if (title) node.detail = title;
    if (label && sequenceKind) {
      node.label = label;
      let sequence = this.resolutionHeadings.get(sequenceKind);
      if (!sequence) this.resolutionHeadings.set(sequenceKind, (sequence = this.sequence(sequenceKind, sequenceKind.startsWith('adopted'))));
      sequence.items.push(node);
    }
    this.container().push(node);
    this.openResolution(node, title === undefined ? 'title' : 'organ');
    this.pendingTitle = title === undefined ? node : undefined;
    this.sawStructure = true;
  }

  private openResolution(node: Node, part: Part): ResolutionContext {
    const context: ResolutionContext = { node, part, operative: this.sequence('operative'), container: node };
    this.resolutions.push(context);
    this.paragraph = undefined;
    this.levels = [];
    return context;
  }

  private title(block: Block, content: string): void {
    const node = this.pendingTitle!;
    const title = content.replace(/^\*+|\*+$/g, '');
    // A sponsored draft keeps its sponsors after its title.
    node.detail = node.detail ? `${title} · ${node.detail}` : title;
    this.pendingTitle = undefined;
    this.extend(node, block);
    if (node.kind === 'resolution' && this.resolution?.node === node) this.resolution.part = 'organ';
  }

  private isOrganLine(content: string): boolean {
    const resolution = this.resolution;
    if (!P.organLine.test(content)) return false;
    if (!resolution) return !this.annex && /^\*{0,2}The\s+[^,:]*(?:Assembly|Council|Commission|Conference)\b[^,:]*\*{0,2}\s*[,:]/.test(content);
    if (resolution.part === 'title' || resolution.part === 'organ') return true;
    return resolution.part === 'operative' && (resolution.announcesDraft === true || this.emptyOperativeHeading(resolution) !== undefined);
  }

  /** An operative heading with nothing under it yet: before an organ line, it names a part (`A`, `B`) of an omnibus resolution. */
  private emptyOperativeHeading(resolution: ResolutionContext): Node | undefined {
    const heading = resolution.container;
    return heading !== resolution.node && heading.kind === 'heading' && heading.children.length === 0 ? heading : undefined;
  }

  private organLine(block: Block, content: string): void {
    const m = P.organLine.exec(content)!;
    let resolution = this.resolution;
    if (!resolution || resolution.part === 'operative') {
      // A draft given in full inside a resolution, a part of an omnibus resolution, or a draft that opens with its organ line.
      const part = resolution && this.emptyOperativeHeading(resolution);
      const node = this.node('resolution', part ? part.name : resolution ? 'Draft resolution' : 'Resolution', block);
      node.form = resolution ? 'embedded' : 'untitled';
      if (part && resolution) {
        const siblings = resolution.node.children;
        siblings.splice(siblings.indexOf(part), 1, node);
        node.range.start = part.range.start;
        node.selectionRange = part.selectionRange;
        resolution.container = resolution.node;
      } else {
        (resolution ? resolution.container.children : this.container()).push(node);
      }
      resolution = this.openResolution(node, 'organ');
      resolution.isPart = part !== undefined;
      this.sawStructure = true;
    }
    const organ = m[1];
    if (resolution.node.form === 'embedded' || resolution.node.form === 'untitled') resolution.node.detail ??= organ;
    const col = block.col + block.content.indexOf(organ);
    resolution.node.organ = { text: organ, range: this.span(block.lines[0], col, col + organ.length) };
    resolution.part = 'preamble';
    this.extend(resolution.node, block);
    const rest = content.slice(m[0].length).trim();
    if (rest.length > 0) {
      // `The Economic and Social Council, recalling …, decides:` carries the decision's chapeau.
      resolution.part = 'operative';
      this.textParagraph(block, rest, resolution.container.children);
    } else {
      this.paragraph = undefined;
    }
  }

  private resolutionBlock(resolution: ResolutionContext, block: Block, content: string): void {
    const numbered = P.numberedLabel.exec(content);
    if (numbered) return this.numberedInResolution(resolution, block, content, numbered);
    const sub = this.subLabel(content);
    if (sub) return this.letteredInResolution(resolution, block, content, sub);
    // A part numbered on a line of its own (`II`), its title on the next: one heading.
    const loneNumeral = /^(?:[IVXLC]+|[A-Z])\.?$/.test(content);
    const numberedPart = resolution.container !== resolution.node && resolution.container.children.length === 0 && /^(?:[IVXLC]+|[A-Z])\.?$/.test(resolution.container.name);
    if (numberedPart && !resolution.container.detail && this.isHeading(content, 40) && !loneNumeral) {
      resolution.container.detail = content.replace(/\*+/g, '');
      this.extend(resolution.container, block);
      return;
    }
    const heading = P.sectionHeading.exec(content) ?? P.romanHeading.exec(content) ?? (loneNumeral ? ['', content, content] : null);
    if (P.provisionalAgenda.test(content)) return this.startAgenda(block, unbold(block.text), resolution.container.children);
    if (this.paragraph !== undefined && this.paragraphOpenForList()) {
      // `*Adopts* the following outcome document:` and a title: the adopted text follows, as an annex.
      const announcesText = this.paragraph.kind === 'operative' && /\bfollowing\b[^.;]*:\s*$/.test(this.textOf(this.paragraph.lines ?? []));
      if (announcesText && this.isHeading(content, 30)) return this.implicitAnnex(resolution, block, content);
      return this.table(block);
    }
    if (heading && resolution.isPart && this.resolutions.length > 1 && resolution.part !== 'organ') {
      // The next lettered part of an omnibus resolution closes this one.
      this.closeResolution(block.lines[0]);
      return this.resolutionBlock(this.resolution!, block, content);
    }
    const opensOperativePart = heading !== null && (resolution.part === 'preamble' || resolution.part === 'organ') && this.isHeading(heading[2]);
    if ((opensOperativePart || resolution.part === 'operative') && (heading || this.isHeading(content, 40)) && !matchOperativePhrase(stripItalics(content))) {
      return this.operativeHeading(resolution, block, content);
    }
    if (resolution.part === 'closing') return this.implicitAnnex(resolution, block, content);

    const phrase = readPhrase(content);
    if (resolution.part === 'organ' || resolution.part === 'preamble') {
      if (phrase.operative && (phrase.italic || !phrase.preambular) && (resolution.preamble || phrase.italic)) {
        return this.operative(resolution, block, content, undefined);
      }
      if (phrase.operative && !phrase.preambular && !resolution.preamble && /[.;]$/.test(P.closingPunctuation(content))) {
        return this.operative(resolution, block, content, undefined);
      }
      if (resolution.part === 'organ' && !phrase.preambular && !phrase.italic) {
        // No organ line and no opener: the body of a decision (`At its 2nd meeting, … decided`).
        resolution.part = 'operative';
        const issued = /^Resolution (\d+\/\d+)$/.exec(resolution.node.name);
        if (issued && /^At its\s/.test(content)) {
          // `2024/250. Title` followed by `At its 30th plenary meeting, …` is a decision as issued.
          resolution.node.name = `Decision ${issued[1]}`;
          resolution.node.form = 'decision';
        }
        return this.textParagraph(block, content, resolution.container.children);
      }
      return this.preambular(resolution, block, content, phrase);
    }
    if (phrase.operative) return this.operative(resolution, block, content, undefined);
    // Plain text in the operative part: a decision's body, or a paragraph of an unnumbered text.
    this.textParagraph(block, content, resolution.container.children);
  }

  private preambular(resolution: ResolutionContext, block: Block, content: string, phrase: Phrase): void {
    if (!resolution.preamble) {
      resolution.preamble = this.node('preamble', 'Preamble', block);
      resolution.container.children.push(resolution.preamble);
    }
    resolution.part = 'preamble';
    const node = this.node('preambular', phrase.text || firstWords(content), block);
    node.lines = [...block.lines];
    this.setPhrase(node, block, phrase);
    resolution.preamble.children.push(node);
    resolution.preamble.range.end = node.range.end;
    this.startParagraph(node);
  }

  private numberedInResolution(resolution: ResolutionContext, block: Block, content: string, m: RegExpExecArray): void {
    const value = Number(m[1]);
    const expected = lastValue(resolution.operative) + 1;
    const list = this.levels.find((l) => l.style === 'arabic');
    // After `2. Other business.`, `3.` goes on with the list unless it opens like an operative paragraph.
    const resumesOperative = value === expected && readPhrase(content.slice(m[0].length)).operative;
    if (list && list.last + 1 === value && !resumesOperative) return this.subparagraph(block, content, { text: m[1], decoration: 'dot', arabic: true });
    const previous = this.levels.length > 0 ? this.levels[this.levels.length - 1].lastItem : this.paragraph;
    // `1.` after an item ending with a colon opens that item's list (an agenda, a list of items).
    const opensList = previous?.label !== undefined && (expected !== 1 || previous.label.style !== 'arabic');
    if (value === 1 && previous && opensList && endsWithColon(this.lines, previous)) {
      return this.subparagraph(block, content, { text: m[1], decoration: 'dot', arabic: true });
    }
    return this.operative(resolution, block, content, m);
  }

  private operative(resolution: ResolutionContext, block: Block, content: string, numbered: RegExpExecArray | undefined): void {
    this.closePreamble(resolution);
    resolution.part = 'operative';
    const node = numbered ? this.paragraphNode('operative', block, numbered, content) : this.node('operative', '', block);
    if (!numbered) {
      const phrase = readPhrase(content);
      this.setPhrase(node, block, phrase);
      node.name = phrase.text || firstWords(content);
      node.lines = [...block.lines];
    } else {
      resolution.operative.items.push(node);
    }
    resolution.container.children.push(node);
    const text = this.textOf(block.lines);
    resolution.announcesDraft = P.closingPunctuation(text) === ':' && /draft (?:resolution|decision)s?\b[^.;]*:\s*$/i.test(text);
    this.startParagraph(node);
  }

  private letteredInResolution(resolution: ResolutionContext, block: Block, content: string, sub: SubLabel): void {
    // A decision whose operative part is lettered: `(a) Takes note …;` at the top level.
    const top = resolution.topLevelLetters;
    const readings = readLowerLabel(sub.text);
    const letter = readings.find((r) => r.style === 'letter');
    const startsTop = !top && lastValue(resolution.operative) === 0 && letter?.value === 1 &&
      (resolution.part !== 'operative' || this.paragraph?.kind === 'paragraph' || !this.paragraph) &&
      (!this.paragraph || !endsWithColon(this.lines, this.paragraph) || this.paragraph.kind === 'paragraph');
    const continuesTop = top && top.decoration === sub.decoration && letter?.value === top.last + 1 &&
      !this.levels.some((l, i) => i > 0 && l.style === 'letter' && l.decoration === sub.decoration && l.last + 1 === letter.value);
    if ((startsTop || continuesTop) && letter) {
      this.closePreamble(resolution);
      resolution.part = 'operative';
      const node = this.node('operative', '', block);
      const m = (sub.decoration === 'paren' ? /^\(([a-z]+)\)\s*/ : /^([a-z]+)\.\s*/).exec(content)!;
      node.label = this.label(block, sub.text, letter.value, 'letter', sub.decoration, block.content.indexOf(sub.text));
      this.describeParagraph(node, block, content, m[0].length);
      resolution.container.children.push(node);
      if (!top) {
        resolution.topLevelLetters = { style: 'letter', decoration: sub.decoration, parent: resolution.node, sequence: this.sequence('operative'), last: 0, lastItem: node };
      }
      const level = resolution.topLevelLetters!;
      level.sequence.items.push(node);
      level.last = letter.value;
      level.lastItem = node;
      this.paragraph = node;
      this.levels = [level];
      return;
    }
    if (!this.paragraph) {
      if (resolution.part === 'operative' && this.isHeading(content.slice(sub.text.length + 2))) return this.operativeHeading(resolution, block, content);
      return this.textParagraph(block, content, resolution.container.children);
    }
    this.subparagraph(block, content, sub);
  }

  /** An unnumbered paragraph of plain text (a decision's body, a rule's text), named by its first words. */
  private textParagraph(block: Block, text: string, into: Node[]): void {
    const node = this.node('paragraph', firstWords(text), block);
    node.lines = [...block.lines];
    into.push(node);
    this.startParagraph(node);
  }

  private operativeHeading(resolution: ResolutionContext, block: Block, content: string): void {
    this.closePreamble(resolution);
    if (resolution.container !== resolution.node) this.closeNode(resolution.container, block.lines[0]);
    const node = this.node('heading', content.replace(/\*+/g, ''), block);
    resolution.node.children.push(node);
    resolution.container = node;
    resolution.part = 'operative';
    this.paragraph = undefined;
    this.levels = [];
  }

  /** The preamble ends with its last paragraph (footnotes after it are not part of it). */
  private closePreamble(resolution: ResolutionContext): void {
    const preamble = resolution.preamble;
    const last = preamble?.children[preamble.children.length - 1];
    if (preamble && last) preamble.range.end = last.range.end;
  }

  private closing(block: Block, content: string): void {
    const resolution = this.resolutions[0];
    // A meeting line ends the resolution proper (and any draft it gave in full).
    while (this.resolutions.length > 1) this.closeResolution(block.lines[0]);
    this.closeAnnex(block.lines[0]);
    const previous = resolution.node.children[resolution.node.children.length - 1];
    const text = block.text;
    if (previous?.kind === 'closing' && (this.voteOpen || P.voteBlock.test(content) || P.adoptionNote.test(content))) {
      this.extend(previous, block);
      this.extend(resolution.node, block);
    } else {
      const node = this.node('closing', firstWords(content.replace(/^\[|\]\.?$/g, ''), 10), block);
      resolution.node.children.push(node);
      this.extend(resolution.node, block);
    }
    // A recorded vote runs over several blocks: `[Adopted by a recorded vote …:`, `In favour:`, the States, … `]`.
    if (text.startsWith('[')) this.voteOpen = text.includes(']') ? undefined : 'bracket';
    else if (this.voteOpen === 'bracket') this.voteOpen = text.includes(']') ? undefined : 'bracket';
    else this.voteOpen = P.voteBlock.test(content) && !/:\s*\S/.test(text) ? 'list' : undefined;
    resolution.part = 'closing';
    resolution.container = resolution.node;
    this.paragraph = undefined;
    this.levels = [];
  }

  /** After the meeting line, the text that follows is the resolution's annex, even without an `Annex` heading. */
  private implicitAnnex(resolution: ResolutionContext, block: Block, content: string): void {
    const closing = resolution.node.children[resolution.node.children.length - 1];
    if (closing?.kind === 'closing' && /^\d{1,2}\s+\w+\s+\d{4}$/.test(content)) {
      this.extend(closing, block);
      return;
    }
    this.openAnnex(block, 'Annex', resolution);
    this.annex!.node.detail = content.replace(/\*+/g, '');
    this.annex!.node.selectionRange = this.blockRange(block);
  }

  // ---- annexes ------------------------------------------------------------------------

  private annexHeading(block: Block, content: string, label: string | undefined, title: string | undefined): void {
    const resolution = this.resolutions[0];
    while (this.resolutions.length > 1) this.closeResolution(block.lines[0]);
    this.openAnnex(block, content.replace(/\s*[–—:-]\s*\S.*$/, ''), resolution, label);
    if (title) this.annex!.node.detail = title;
    else this.pendingTitle = this.annex!.node;
    this.sawStructure = true;
  }

  private openAnnex(block: Block, name: string, resolution: ResolutionContext | undefined, label?: string): void {
    this.closeAnnex(block.lines[0]);
    const node = this.node('annex', name, block);
    if (resolution) {
      resolution.part = 'closing';
      resolution.container = resolution.node;
      if (label) {
        const roman = fromRoman(label);
        const value = roman ?? fromLetters(label) ?? Number(label);
        node.label = this.label(block, label, value, roman ? 'upperRoman' : /\d/.test(label) ? 'arabic' : 'upperLetter', 'none', block.content.indexOf(label, 5));
        (resolution.annexes ??= this.sequence('annex')).items.push(node);
      }
      resolution.node.children.push(node);
    } else {
      this.container().push(node);
    }
    this.annex = {
      node,
      paragraphs: this.sequence('annexParagraph'),
      leads: new Map(),
      rules: this.sequence('rule'),
      headings: [],
      romans: this.sequence('annexHeading'),
      letters: this.sequence('annexHeading'),
      numberedHeadings: this.sequence('numberedHeading'),
    };
    this.paragraph = undefined;
    this.levels = [];
  }

  private annexBlock(block: Block, content: string): void {
    const annex = this.annex!;
    let m: RegExpExecArray | null;
    if ((m = P.ruleHeading.exec(content))) {
      this.closeRule(block.lines[0]);
      const node = this.node('rule', content, block);
      node.label = this.label(block, m[1], Number(m[1]), 'arabic', 'none', content.indexOf(m[1]));
      annex.rules.items.push(node);
      this.annexContainer().push(node);
      annex.rule = { node, paragraphs: this.sequence('ruleParagraph') };
      this.paragraph = undefined;
      this.levels = [];
      return;
    }
    if ((m = P.romanHeading.exec(content)) || (m = P.sectionHeading.exec(content))) {
      const heading = this.readHeadingLetter(m[1]);
      // A long roman heading still counts when it carries the next numeral and no closing punctuation.
      const nextRoman = heading?.level === 1 && heading.value === lastValue(annex.romans) + 1 && !/[.,;:]/.test(P.closingPunctuation(m[2] + this.tail));
      if (heading && (this.isHeading(m[2]) || nextRoman)) return this.annexHeadingLine(block, content, heading.level, m[1], heading.value, heading.style);
    }
    if ((m = P.leadLine.exec(content))) {
      let sequence = annex.leads.get(m[1]);
      if (!sequence) annex.leads.set(m[1], (sequence = this.sequence('annexParagraph')));
      const node = this.node('paragraph', `${m[1]} ${m[2]}`, block);
      node.label = this.label(block, m[2], Number(m[2]), 'arabic', 'dot', content.indexOf(m[2]));
      node.lines = [...block.lines];
      sequence.items.push(node);
      this.annexContainer().push(node);
      this.startParagraph(node);
      return;
    }
    if ((m = P.numberedLabel.exec(content))) {
      const rest = content.slice(m[0].length);
      const value = Number(m[1]);
      if (this.isHeading(rest) && !this.listContinues(value, 'arabic')) {
        return this.annexHeadingLine(block, content, 3, m[1], value, 'arabic');
      }
      if (!annex.rule && value === 1 && this.headingSinceLastParagraph(annex)) {
        // An item list that restarts in each part of an annex is a new sequence, not a slip.
        annex.paragraphs = this.sequence('annexParagraph');
      }
      const sequence = annex.rule ? annex.rule.paragraphs : annex.paragraphs;
      const expected = lastValue(sequence) + 1;
      const list = this.levels.find((l) => l.style === 'arabic');
      const previous = this.levels.length > 0 ? this.levels[this.levels.length - 1].lastItem : this.paragraph;
      if ((list && list.last + 1 === value) || (value === 1 && expected !== 1 && previous && endsWithColon(this.lines, previous))) {
        return this.subparagraph(block, content, { text: m[1], decoration: 'dot', arabic: true });
      }
      const node = this.paragraphNode('paragraph', block, m, content);
      sequence.items.push(node);
      (annex.rule ? annex.rule.node.children : this.annexContainer()).push(node);
      this.startParagraph(node);
      return;
    }
    const sub = this.subLabel(content);
    if (sub) {
      const rest = content.slice(content.indexOf(sub.text) + sub.text.length + 1).trim();
      const previous = this.levels.length > 0 ? this.levels[this.levels.length - 1].lastItem : this.paragraph;
      const inList = previous && (endsWithColon(this.lines, previous) || this.listContinuesSub(sub));
      if (!inList && this.isHeading(rest)) {
        const letter = readLowerLabel(sub.text).find((r) => r.style === 'letter');
        return this.annexHeadingLine(block, content, 4, sub.text, letter?.value ?? 0, 'letter');
      }
      if (this.paragraph) return this.subparagraph(block, content, sub);
    }
    if (this.isHeading(content) && !this.paragraphOpenForList()) {
      return this.annexHeadingLine(block, content, 1, undefined, 0, undefined);
    }
    // Unnumbered text: a rule's body, a declaration's preamble, a bracketed note.
    this.textParagraph(block, content, annex.rule ? annex.rule.node.children : this.annexContainer());
  }

  /** `I.` after `H.` is a letter; otherwise a capital that reads as a roman numeral is one. */
  private readHeadingLetter(text: string): { level: number; value: number; style: LabelStyle } | undefined {
    const annex = this.annex!;
    const letterValue = text.length === 1 ? fromLetters(text) : undefined;
    const romanValue = fromRoman(text);
    const letterLevel = annex.headings.find((h) => h.level === 1)?.letters ?? annex.letters;
    if (letterValue !== undefined && (romanValue === undefined || lastValue(letterLevel) + 1 === letterValue)) {
      return { level: 2, value: letterValue, style: 'upperLetter' };
    }
    if (romanValue !== undefined) return { level: 1, value: romanValue, style: 'upperRoman' };
    return undefined;
  }

  private annexHeadingLine(block: Block, content: string, level: number, label: string | undefined, value: number, style: LabelStyle | undefined): void {
    const annex = this.annex!;
    this.closeRule(block.lines[0]);
    while (annex.headings.length > 0 && annex.headings[annex.headings.length - 1].level >= level) {
      this.closeNode(annex.headings.pop()!.node, block.lines[0]);
    }
    const node = this.node('heading', content.replace(/\*+/g, ''), block);
    const parent = annex.headings[annex.headings.length - 1];
    if (label && style) {
      node.label = this.label(block, label, value, style, level === 4 ? 'paren' : 'dot', block.content.indexOf(label));
      const sequence =
        level === 1 ? annex.romans
        : level === 2 ? (parent ? (parent.letters ??= this.continuedRun('annexHeading', style, value) ?? this.sequence('annexHeading')) : annex.letters)
        : level === 3 ? (parent ? (parent.numbered ??= this.continuedRun('numberedHeading', style, value) ?? this.sequence('numberedHeading')) : annex.numberedHeadings)
        : parent ? (parent.subLetters ??= this.sequence('annexHeading')) : this.sequence('annexHeading');
      sequence.items.push(node);
    }
    (parent ? parent.node.children : annex.node.children).push(node);
    annex.headings.push({ node, level });
    this.paragraph = undefined;
    this.levels = [];
  }

  /**
   * The annex's latest run of `kind` in `style` for an item that does not start a new one: a
   * plain heading between (`Social relations and aftercare`) does not restart `3.` after `2.`.
   */
  private continuedRun(kind: SequenceKind, style: LabelStyle, value: number): Sequence | undefined {
    const start = this.annex!.node.range.start.line;
    for (let i = this.sequences.length - 1; value !== 1 && i >= 0; i--) {
      const last = this.sequences[i].items[this.sequences[i].items.length - 1];
      if (this.sequences[i].kind !== kind || last?.label?.style !== style) continue;
      return last.range.start.line >= start ? this.sequences[i] : undefined;
    }
    return undefined;
  }

  private headingSinceLastParagraph(annex: AnnexContext): boolean {
    const last = annex.paragraphs.items[annex.paragraphs.items.length - 1];
    const heading = annex.headings[annex.headings.length - 1];
    return last !== undefined && heading !== undefined && heading.node.range.start.line > last.range.start.line;
  }

  private annexContainer(): Node[] {
    const annex = this.annex!;
    const heading = annex.headings[annex.headings.length - 1];
    return heading ? heading.node.children : annex.node.children;
  }

  private paragraphOpenForList(): boolean {
    const previous = this.levels.length > 0 ? this.levels[this.levels.length - 1].lastItem : this.paragraph;
    return previous !== undefined && endsWithColon(this.lines, previous);
  }

  private listContinues(value: number, style: LabelStyle): boolean {
    return this.levels.some((l) => l.style === style && l.last + 1 === value);
  }

  private listContinuesSub(sub: SubLabel): boolean {
    return readLowerLabel(sub.text).some((r) => this.levels.some((l) => l.style === r.style && l.decoration === sub.decoration && l.last + 1 === r.value));
  }

  private closeRule(line: number): void {
    const annex = this.annex;
    if (annex?.rule) {
      this.closeNode(annex.rule.node, line);
      annex.rule = undefined;
    }
  }

  private closeAnnex(line: number): void {
    const annex = this.annex;
    if (!annex) return;
    this.closeRule(line);
    while (annex.headings.length > 0) this.closeNode(annex.headings.pop()!.node, line);
    this.closeNode(annex.node, line);
    this.annex = undefined;
    this.agenda = undefined;
  }

  // ---- agendas ------------------------------------------------------------------------

  private startAgenda(block: Block, content: string, container: Node[]): void {
    const node = this.node('agenda', content.replace(/\*+/g, ''), block);
    container.push(node);
    this.agenda = { node, items: this.sequence('listItem') };
    this.paragraph = undefined;
    this.levels = [];
  }

  /** Inside a provisional agenda: numbered items, their lettered sub-items and documentation lines. */
  private agendaBlock(block: Block, content: string): boolean {
    const agenda = this.agenda!;
    const m = P.numberedLabel.exec(content);
    if (m) {
      const node = this.paragraphNode('listItem', block, m, content);
      agenda.items.items.push(node);
      agenda.node.children.push(node);
      this.extend(agenda.node, block);
      this.startParagraph(node);
      return true;
    }
    const sub = this.subLabel(content);
    if (sub && this.paragraph) {
      this.subparagraph(block, content, sub);
      this.extend(agenda.node, block);
      return true;
    }
    if (P.organLine.test(content) || P.sectionHeading.test(content) || P.romanHeading.test(content)) {
      this.agenda = undefined;
      return false;
    }
    // `Documentation` and the documents listed under an item belong to that item.
    this.extend(agenda.node, block);
    if (this.paragraph) this.paragraph.range.end = agenda.node.range.end;
    this.levels = [];
    return true;
  }

  // ---- paragraphs and sub-paragraphs ---------------------------------------------------

  private paragraphNode(kind: NodeKind, block: Block, m: RegExpExecArray, content: string): Node {
    const node = this.node(kind, '', block);
    node.label = this.label(block, m[1], Number(m[1]), 'arabic', 'dot', block.content.indexOf(m[1]));
    this.describeParagraph(node, block, content, m[0].length);
    return node;
  }

  /** Names a labelled paragraph `N. Opening phrase` and records its phrase. */
  private describeParagraph(node: Node, block: Block, content: string, labelLength: number): void {
    const body = content.slice(labelLength);
    const phrase = readPhrase(body);
    this.setPhrase(node, block, phrase, labelLength);
    const labelText = content.slice(0, labelLength).trim();
    node.name = `${labelText} ${phrase.text || firstWords(body)}`.trim();
    node.lines = [...block.lines];
  }

  private setPhrase(node: Node, block: Block, phrase: Phrase, offset = 0): void {
    if (!phrase.text) return;
    node.phrase = phrase.text;
    node.phraseItalic = phrase.italic;
    const start = block.col + offset + phrase.start;
    node.phraseRange = this.span(block.lines[0], start, start + phrase.text.length);
  }

  private startParagraph(node: Node): void {
    this.paragraph = node;
    this.levels = [];
  }

  private subLabel(content: string): SubLabel | undefined {
    const paren = P.parenLabel.exec(content);
    if (paren) return { text: paren[1], decoration: 'paren' };
    const dot = P.dotLabel.exec(content);
    if (dot) return { text: dot[1], decoration: 'dot' };
    return undefined;
  }

  /** Places a sub-paragraph under the right parent (listLevels.ts decides which). */
  private subparagraph(block: Block, content: string, sub: SubLabel): void {
    const readings: Reading[] = sub.arabic ? [{ style: 'arabic', value: Number(sub.text) }] : readLowerLabel(sub.text);
    if (readings.length === 0 || !this.paragraph) return;
    const latest = this.levels.length > 0 ? this.levels[this.levels.length - 1].lastItem : this.paragraph;
    const placement = placeLabel(this.levels, readings, sub.decoration, endsWithColon(this.lines, latest));
    let levelIndex: number;
    let reading: Reading;
    if ('opens' in placement) {
      reading = placement.opens;
      this.levels.push({ style: reading.style, decoration: sub.decoration, parent: latest, sequence: this.sequence(placement.kind), last: 0, lastItem: latest });
      levelIndex = this.levels.length - 1;
    } else {
      ({ level: levelIndex, reading } = placement);
    }
    this.levels.length = levelIndex + 1;
    const level = this.levels[levelIndex];
    const node = this.node('subparagraph', '', block);
    const labelCol = block.content.indexOf(sub.text);
    node.label = this.label(block, sub.text, reading.value, reading.style, sub.decoration, labelCol);
    // Past the closing parenthesis or the full stop.
    const labelLength = labelCol + sub.text.length + 1;
    const body = content.slice(labelLength).trimStart();
    const phrase = readPhrase(body);
    this.setPhrase(node, block, phrase, content.length - body.length);
    const written = sub.decoration === 'paren' ? `(${sub.text})` : `${sub.text}.`;
    node.name = `${written} ${firstWords(body)}`.trim();
    node.lines = [...block.lines];
    level.parent.children.push(node);
    level.sequence.items.push(node);
    level.last = reading.value;
    level.lastItem = node;
    this.extendAncestors(node.range.end, level.parent);
  }

  // ---- closing nodes ------------------------------------------------------------------

  private closeResolution(line: number): void {
    const resolution = this.resolutions.pop();
    if (!resolution) return;
    if (this.resolutions.length === 0) this.closeAnnex(line);
    this.closePreamble(resolution);
    if (resolution.container !== resolution.node) this.closeNode(resolution.container, line);
    this.closeNode(resolution.node, line);
    this.agenda = undefined;
    this.paragraph = undefined;
    this.pendingTitle = undefined;
    this.levels = [];
  }

  private closeResolutions(line: number): void {
    while (this.resolutions.length > 0) this.closeResolution(line);
    this.closeAnnex(line);
    this.agenda = undefined;
    this.voteOpen = undefined;
  }

  private closeAll(line: number): void {
    this.closeResolutions(line);
    this.closeNode(this.section, line);
    this.closeNode(this.chapter, line);
    this.section = undefined;
    this.chapter = undefined;
    this.paragraph = undefined;
    this.pendingTitle = undefined;
  }

  /** Ends `node` at the last non-blank line before `line`. */
  private closeNode(node: Node | undefined, line: number): void {
    if (!node) return;
    let last = Math.min(line, this.lines.length) - 1;
    while (last > node.range.start.line && this.lines[last].trim().length === 0) last--;
    const end = this.lineEnd(last);
    if (end.line > node.range.end.line || (end.line === node.range.end.line && end.character > node.range.end.character)) {
      node.range.end = end;
    }
  }

  // ---- helpers ------------------------------------------------------------------------

  /** A new sequence counting from 1, or from wherever it starts (`Resolution 27/3`, `27/4`). */
  private sequence(kind: SequenceKind, startsAnywhere = false): Sequence {
    const sequence: Sequence = startsAnywhere ? { kind, items: [] } : { kind, items: [], first: 1 };
    this.sequences.push(sequence);
    return sequence;
  }

  private node(kind: NodeKind, name: string, block: Block): Node {
    const range = this.blockRange(block);
    return { kind, name, range, selectionRange: this.span(block.lines[0], block.col, this.lineEnd(block.lines[0]).character), children: [] };
  }

  private label(block: Block, text: string, value: number, style: LabelStyle, decoration: LabelDecoration, offset = 0): Label {
    const start = block.col + Math.max(0, offset);
    return { text, value, style, decoration, range: this.span(block.lines[0], start, start + text.length) };
  }

  private extend(node: Node, block: Block): void {
    const end = this.lineEnd(block.lines[block.lines.length - 1]);
    if (end.line > node.range.end.line) node.range.end = end;
  }

  /** Keeps a sub-paragraph's parents (and their parents) covering it. */
  private extendAncestors(end: Range['end'], from?: Node): void {
    for (const level of this.levels) if (level.parent.range.end.line < end.line) level.parent.range.end = end;
    if (from && from.range.end.line < end.line) from.range.end = end;
  }

  private footnoteBody(block: Block): void {
    const label = block.footnote!;
    const line = block.lines[0];
    const body = makeBody(label, line, this.lines[line]);
    const extra = block.lines.slice(1).map((l) => this.lines[l].trim());
    const last = block.lines[block.lines.length - 1];
    this.footnotes.push(extra.length ? { ...body, text: [body.text, ...extra].join(' '), range: { start: body.range.start, end: this.lineEnd(last) } } : body);
    for (const l of block.lines) scanMarkers(this.lines[l], l, l === line ? label.textStart : 0, this.markers);
    this.footnotesSinceParagraph = true;
  }

  private blockRange(block: Block): Range {
    return { start: { line: block.lines[0], character: block.col }, end: this.lineEnd(block.lines[block.lines.length - 1]) };
  }

  /** The text of a block's or a paragraph's lines, joined. */
  private textOf(lines: readonly number[]): string {
    return lines.map((l) => this.lines[l]).join(' ');
  }

  private lineEnd(line: number): Range['end'] {
    const l = Math.max(0, Math.min(line, this.lines.length - 1));
    return { line: l, character: this.lines[l].trimEnd().length };
  }

  private span(line: number, start: number, end: number): Range {
    return { start: { line, character: start }, end: { line, character: end } };
  }
}

interface SubLabel {
  readonly text: string;
  readonly decoration: LabelDecoration;
  readonly arabic?: boolean;
}

function lastValue(sequence: Sequence): number {
  return sequence.items[sequence.items.length - 1]?.label?.value ?? 0;
}

function endsWithColon(lines: readonly string[], node: Node): boolean {
  const last = node.lines?.[node.lines.length - 1] ?? node.range.start.line;
  return P.closingPunctuation(lines[last] ?? '') === ':';
}
