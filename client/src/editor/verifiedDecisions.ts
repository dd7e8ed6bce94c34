import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { FoundNode } from './findNode';

/** A decision verified at once (omedelbar justering): the server set `verifiedBy`, and it is locked. */
export function isVerifiedDecision(node: ProseMirrorNode): boolean {
  return (
    node.type.name === 'decision' && typeof node.attrs.verifiedBy === 'string' && node.attrs.verifiedBy !== ''
  );
}

/** Every verified decision in `doc`, in document order. */
export function verifiedDecisions(doc: ProseMirrorNode): FoundNode[] {
  const found: FoundNode[] = [];
  doc.descendants((node, pos) => {
    if (isVerifiedDecision(node)) found.push({ node, pos });
    return !node.isTextblock;
  });
  return found;
}
