/**
 * Shared helpers for the extension-host suite. Everything here goes through the public
 * `vscode` API, exactly as a user's VS Code does.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'un-drafting-tools.un-resolution';
export const LANGUAGE_ID = 'un-resolution';

/** Repository root (this file runs from out/suite/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * The test scripts copy `samples/` and `test/suite/fixtures/` into a throwaway workspace
 * (`UNRES_TEST_WORKSPACE`) so that no test can change the repository's files.
 */
const WORKSPACE = process.env.UNRES_TEST_WORKSPACE;

export function samplePath(name: string): string {
  return WORKSPACE ? path.join(WORKSPACE, 'samples', name) : path.join(REPO_ROOT, 'samples', name);
}

export function fixturePath(name: string): string {
  return WORKSPACE ? path.join(WORKSPACE, 'fixtures', name) : path.join(REPO_ROOT, 'test', 'suite', 'fixtures', name);
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
  await extension.activate();
  assert.equal(extension.isActive, true, 'extension did not activate');
  return extension;
}

/** Opens a file in an editor and checks VS Code gave it our language. */
export async function openDocument(file: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  assert.equal(document.languageId, LANGUAGE_ID, `${path.basename(file)} opened as ${document.languageId}`);
  return { document, editor };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `probe` until `accept` holds (the language server answers asynchronously and
 * may still be starting). Returns the last value; fails with `what` after `timeoutMs`.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | Thenable<T>,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (err) {
      lastError = err;
    }
    await sleep(150);
  }
  const detail = lastError ? ` (last error: ${String(lastError)})` : ` (last value: ${JSON.stringify(last)?.slice(0, 500)})`;
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
}

/** Document symbols as the Outline view gets them, waiting until the server answers. */
export function documentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  return waitFor(
    `document symbols of ${path.basename(document.uri.fsPath)}`,
    () => vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri),
    (symbols) => Array.isArray(symbols) && symbols.length > 0,
  ) as Promise<vscode.DocumentSymbol[]>;
}

/** The document's diagnostics once `accept` holds for them. */
export function diagnostics(
  document: vscode.TextDocument,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics of ${path.basename(document.uri.fsPath)}`, () => vscode.languages.getDiagnostics(document.uri), accept, timeoutMs);
}

/** Zero-based number of the first line whose text (trimmed) satisfies `match`. */
export function lineOf(document: vscode.TextDocument, match: RegExp | string): number {
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line).text.trim();
    if (typeof match === 'string' ? text === match : match.test(text)) return line;
  }
  throw new Error(`no line matching ${match} in ${path.basename(document.uri.fsPath)}`);
}

/** A resolution or decision heading, as the outline names it. */
export const RESOLUTION_HEADING = /^(Draft (resolution|decision)( [IVXLC]+)?|(Resolution|Decision) \d+\/\d+|Resolution \d+ \(\d{4}\)|\d+\/\d+\. .+)$/;

/** Reverts and closes every editor so one test's edits cannot leak into the next. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && document.uri.scheme === 'file') {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
