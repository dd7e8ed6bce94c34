import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface FoundNode {
  node: ProseMirrorNode;
  pos: number;
}

/** The first node that `matches`, in document order. */
export function findNode(
  doc: ProseMirrorNode,
  matches: (node: ProseMirrorNode) => boolean,
): FoundNode | null {
  let found: FoundNode | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (matches(node)) {
      found = { node, pos };
      return false;
    }
    return !node.isTextblock;
  });
  return found;
}
