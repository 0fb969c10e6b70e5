/**
 * The paragraphs of each resolution, as the drafting features see them: its preamble and
 * its operative part (across operative headings), without those of a draft it gives in full
 * or of its annexes, which are resolutions and texts of their own.
 */
import { walk, type DocumentModel, type Node } from '../model';

export interface ResolutionParts {
  readonly resolution: Node;
  readonly preambular: readonly Node[];
  readonly operative: readonly Node[];
}

const cache = new WeakMap<DocumentModel, readonly ResolutionParts[]>();

export function resolutionParts(model: DocumentModel): readonly ResolutionParts[] {
  let parts = cache.get(model);
  if (!parts) cache.set(model, (parts = walk(model.children).filter((n) => n.kind === 'resolution').map(partsOf)));
  return parts;
}

function partsOf(resolution: Node): ResolutionParts {
  const preambular: Node[] = [];
  const operative: Node[] = [];
  const visit = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'preambular') preambular.push(node);
      else if (node.kind === 'operative') operative.push(node);
      else if (node.kind === 'preamble' || node.kind === 'heading') visit(node.children);
    }
  };
  visit(resolution.children);
  return { resolution, preambular, operative };
}

