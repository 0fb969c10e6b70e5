/** Shared test helpers: in-memory documents, the service, the corpus folder. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { Range } from 'vscode-languageserver-types';
import { createLanguageService } from '../server/src/service';

export const service = createLanguageService();

let counter = 0;
/** A fresh in-memory document (a new uri each time, so the service never serves a stale parse). */
export function doc(text: string): TextDocument {
  return TextDocument.create(`test://doc-${++counter}.unres`, 'un-resolution', 1, text);
}

/** Repository root, from out/test/... or test/... */
export const repoRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}out${path.sep}`) ? '../..' : '..');

/** ../shared/corpus beside the repository, or undefined when CI has not put it there. */
export const corpusDir = [path.resolve(repoRoot, '../shared/corpus')].find((dir) => existsSync(dir));

export function corpusFiles(): { name: string; text: string }[] {
  if (!corpusDir) return [];
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(corpusDir!, name), 'utf8') }));
}

/** Lines joined with \n, so inline documents read like the text they stand for. */
export function lines(...text: string[]): string {
  return text.join('\n');
}

/** The range of the `occurrence`-th `needle` in `text` (zero-based), for exact-range assertions. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${needle} #${occurrence} not in the text`);
  }
  const position = (at: number) => {
    const before = text.slice(0, at).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return { start: position(offset), end: position(offset + needle.length) };
}

/** The outline as indented names, the way the Outline view shows it. */
export function outline(text: string): string[] {
  const render = (symbols: DocumentSymbol[], depth: number): string[] =>
    symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...render(s.children ?? [], depth + 1)]);
  return render(service.getDocumentSymbols(doc(text)), 0);
}
