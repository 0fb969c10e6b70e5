/**
 * The extension: starts the language server over IPC and wires its commands.
 * Everything a drafter sees comes from the server.
 */
import * as path from 'node:path';
import { commands, Position, Range, Selection, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Editing commands computed by the server: `unResolution.<name>` sends `unResolution/<name>`. */
const editCommands = ['renumberFootnotes', 'insertFootnote', 'renumberAll'];

interface CommandResult {
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
  cursor?: { line: number; character: number };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'un-resolution' }],
    synchronize: { configurationSection: 'unResolution' },
  };
  client = new LanguageClient('unResolution', 'UN Resolution', serverOptions, clientOptions);
  for (const name of editCommands) {
    context.subscriptions.push(commands.registerCommand(`unResolution.${name}`, () => runEditCommand(name)));
  }
  await client.start();
}

/** Asks the server for the edits, applies them as one undoable step and places the cursor. */
async function runEditCommand(name: string): Promise<boolean> {
  const editor = window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'un-resolution') return false;
  const document = editor.document;
  const result = await client.sendRequest<CommandResult | null>(`unResolution/${name}`, {
    textDocument: { uri: document.uri.toString() },
    version: document.version,
    position: editor.selection.active,
  });
  if (!result || document.isClosed) return false;
  const applied = await editor.edit((builder) => {
    for (const e of result.edits) {
      builder.replace(new Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
    }
  });
  if (applied && result.cursor) {
    const cursor = new Position(result.cursor.line, result.cursor.character);
    editor.selection = new Selection(cursor, cursor);
    editor.revealRange(new Range(cursor, cursor));
  }
  return applied;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
