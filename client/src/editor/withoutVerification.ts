import { Fragment, type Node as ProseMirrorNode, Slice } from '@tiptap/pm/model';

function clean(fragment: Fragment): Fragment {
  const nodes: ProseMirrorNode[] = [];
  fragment.forEach((node) => {
    const content = clean(node.content);
    const verified =
      node.type.name === 'decision' && (node.attrs.verifiedBy !== null || node.attrs.verifiedAt !== null);
    const attrs = verified ? { ...node.attrs, verifiedBy: null, verifiedAt: null } : node.attrs;
    nodes.push(node.isText ? node : node.type.create(attrs, content, node.marks));
  });
  return Fragment.fromArray(nodes);
}

/**
 * Pasted content without the marks of an omedelbar justering: only the server verifies a decision,
 * and a copy of a verified one is a new, open decision.
 */
export function withoutVerification(slice: Slice): Slice {
  return new Slice(clean(slice.content), slice.openStart, slice.openEnd);
}
