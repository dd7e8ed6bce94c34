import type { Attrs, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

/**
 * Changes the attributes of the node of type `typeName` whose id is `id`; `change` receives the
 * current attributes and returns the fields to replace. Returns whether such a node was found.
 */
export function updateNodeById(
  tr: Transaction,
  typeName: string,
  id: string,
  change: (attrs: Attrs) => Attrs,
): boolean {
  let found = false;
  tr.doc.descendants((node: ProseMirrorNode, pos: number) => {
    if (found) return false;
    if (node.type.name === typeName && node.attrs.id === id) {
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...change(node.attrs) });
      found = true;
      return false;
    }
    return true;
  });
  return found;
}
