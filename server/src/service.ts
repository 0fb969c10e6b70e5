/**
 * The language service: the one entry point for the LSP server, the CLI and the tests.
 * It knows nothing of the transport. Each document is parsed once per version and the
 * model is shared by every feature.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction, CompletionItem, Diagnostic, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position, Range,
  SemanticTokens, TextEdit,
} from 'vscode-languageserver-types';
import { positionInside, type DocumentModel } from './model';
import { parseWithCache, type ChapterCache } from './parse/incremental';

/** How many documents keep their parse: an editor asks for the visible ones, again and again. */
const parsesKept = 2;
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/folding';
import { runChecks, type Check, type DiagnosticSettings } from './features/diagnostics';
import { checkNumbering, renumberQuickFixes } from './features/diagnostics/numbering';
import { checkCrossReferences, crossReferenceDefinition } from './features/crossReferences';
import { getDefinition, type DefinitionProvider } from './features/definition';
import { getCodeActions, type CodeActionProvider } from './features/codeActions';
import { getFootnoteDefinition, getFootnoteHighlights, getFootnoteHover, getFootnoteReferences } from './features/footnotes';
import { checkFootnotes } from './features/diagnostics/footnotes';
import { footnoteFixes } from './features/footnoteFixes';
import { getFootnoteCompletions } from './features/footnoteCompletion';
import { getPhraseCompletions } from './features/completion';
import { getReferenceCompletions } from './features/referenceCompletion';
import { draftingChecks, fixDrafting } from './features/diagnostics/drafting';
import { getOnTypeFormattingEdits } from './features/onTypeFormatting';
import { getSemanticTokens } from './features/semanticTokens';
import { getDocumentLinks } from './features/documentLinks';
import type { CommandResult, EditCommand } from './edits/commandResult';
import { renumberAll } from './edits/renumber';
import { renumberFootnotes } from './edits/renumberFootnotes';
import { insertFootnote } from './edits/insertFootnote';

/** Every check, one module each. */
const checks: readonly Check[] = [checkNumbering, checkCrossReferences, checkFootnotes, ...draftingChecks];

/** Every quick-fix provider, one per feature. */
const codeActionProviders: readonly CodeActionProvider[] = [renumberQuickFixes, footnoteFixes, fixDrafting];

/** Every go-to-definition provider, one per kind of reference. */
const definitionProviders: readonly DefinitionProvider[] = [crossReferenceDefinition, getFootnoteDefinition];

/** Every completion source (footnote markers, phrases); the editor gets them all together. */
const completionProviders: readonly ((model: DocumentModel, position: Position) => CompletionItem[])[] = [
  getFootnoteCompletions, getPhraseCompletions, getReferenceCompletions,
];

/** The editing commands (`unResolution.<name>` in the editor). */
const commands: Record<EditCommand, (model: DocumentModel, position: Position) => CommandResult | null> = {
  renumberFootnotes,
  insertFootnote,
  renumberAll: (model) => ({ edits: renumberAll(model) }),
};

/** What the service needs of a document: the LSP TextDocument fits. */
export type ServiceDocument = Pick<TextDocument, 'uri' | 'version' | 'getText'>;

export interface LanguageService {
  getModel(document: ServiceDocument): DocumentModel;
  getDocumentSymbols(document: ServiceDocument): DocumentSymbol[];
  getFoldingRanges(document: ServiceDocument): FoldingRange[];
  getDiagnostics(document: ServiceDocument, settings?: DiagnosticSettings): Diagnostic[];
  getCodeActions(document: ServiceDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  getDefinition(document: ServiceDocument, position: Position): Location[];
  getReferences(document: ServiceDocument, position: Position, includeDeclaration: boolean): Location[];
  getDocumentHighlights(document: ServiceDocument, position: Position): DocumentHighlight[];
  getHover(document: ServiceDocument, position: Position): Hover | null;
  getCompletions(document: ServiceDocument, position: Position): CompletionItem[];
  /** Automatic numbering after Enter (`typed` is the character the editor reports). */
  getOnTypeFormattingEdits(document: ServiceDocument, position: Position, typed: string): TextEdit[];
  getSemanticTokens(document: ServiceDocument): SemanticTokens;
  getDocumentLinks(document: ServiceDocument): DocumentLink[];
  runCommand(command: EditCommand, document: ServiceDocument, position: Position): CommandResult | null;
  /** Forgets a closed document. */
  forget(uri: string): void;
}

export function createLanguageService(): LanguageService {
  // The latest parse of the documents used most recently; the others are parsed again when asked for.
  const parses = new Map<string, { model: DocumentModel; chapters: ChapterCache }>();

  const getModel = (document: ServiceDocument): DocumentModel => {
    const cached = parses.get(document.uri);
    parses.delete(document.uri);
    if (cached && cached.model.version === document.version) {
      parses.set(document.uri, cached);
      return cached.model;
    }
    const { model, cache } = parseWithCache(document.getText(), document.uri, document.version, cached?.chapters);
    parses.set(document.uri, { model, chapters: cache });
    if (parses.size > parsesKept) parses.delete(parses.keys().next().value!);
    return model;
  };

  /** Features only ever see positions inside the document, whatever the client sends. */
  const atPosition = <T>(document: ServiceDocument, position: Position, feature: (model: DocumentModel, position: Position) => T): T => {
    const model = getModel(document);
    return feature(model, positionInside(model, position));
  };

  return Object.freeze({
    getModel,
    getDocumentSymbols: (document: ServiceDocument) => getDocumentSymbols(getModel(document)),
    getFoldingRanges: (document: ServiceDocument) => getFoldingRanges(getModel(document)),
    getDiagnostics: (document: ServiceDocument, settings?: DiagnosticSettings) => runChecks(getModel(document), checks, settings),
    getCodeActions: (document: ServiceDocument, range: Range, diagnostics: readonly Diagnostic[]) => {
      const model = getModel(document);
      const inside = { start: positionInside(model, range.start), end: positionInside(model, range.end) };
      return getCodeActions(model, inside, diagnostics, codeActionProviders);
    },
    getDefinition: (document: ServiceDocument, position: Position) =>
      atPosition(document, position, (model, at) => getDefinition(model, at, definitionProviders)),
    getReferences: (document: ServiceDocument, position: Position, includeDeclaration: boolean) =>
      atPosition(document, position, (model, at) => getFootnoteReferences(model, at, includeDeclaration)),
    getDocumentHighlights: (document: ServiceDocument, position: Position) => atPosition(document, position, getFootnoteHighlights),
    getHover: (document: ServiceDocument, position: Position) => atPosition(document, position, getFootnoteHover),
    getCompletions: (document: ServiceDocument, position: Position) =>
      atPosition(document, position, (model, at) => completionProviders.flatMap((complete) => complete(model, at))),
    getOnTypeFormattingEdits: (document: ServiceDocument, position: Position, typed: string) =>
      atPosition(document, position, (model, at) => getOnTypeFormattingEdits(model, at, typed)),
    getSemanticTokens: (document: ServiceDocument) => getSemanticTokens(getModel(document)),
    getDocumentLinks: (document: ServiceDocument) => getDocumentLinks(getModel(document)),
    runCommand: (command: EditCommand, document: ServiceDocument, position: Position) => atPosition(document, position, commands[command]),
    forget: (uri: string) => void parses.delete(uri),
  });
}
