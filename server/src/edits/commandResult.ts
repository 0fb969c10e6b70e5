/**
 * What an editing command returns: the text edits to apply as one undoable step, and
 * where the cursor goes afterwards (the client applies both).
 */
import type { Position, TextEdit } from 'vscode-languageserver-types';

export interface CommandResult {
  readonly edits: TextEdit[];
  readonly cursor?: Position;
}

/** The LSP request each editing command is sent as (`unResolution/<command>`). */
export const editCommands = ['renumberFootnotes', 'insertFootnote', 'renumberAll'] as const;
export type EditCommand = (typeof editCommands)[number];
