/**
 * Go to definition: each feature answers for its own kind of reference (cross-references,
 * footnote markers); this module only gathers their answers.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';

export type DefinitionProvider = (model: DocumentModel, position: Position) => Location[];

export function getDefinition(model: DocumentModel, position: Position, providers: readonly DefinitionProvider[]): Location[] {
  return providers.flatMap((provide) => provide(model, position));
}
