import type { Transaction } from '@tiptap/pm/state';
import { verifiedDecisions } from './verifiedDecisions';

/**
 * Whether `transaction` changes a verified decision: its text, its attributes, or where it sits
 * (deleted, or wrapped into another node). Content inserted right before or after it is fine.
 */
export function editsVerifiedDecision(transaction: Transaction): boolean {
  if (!transaction.docChanged) return false;
  const { before, doc, mapping } = transaction;
  return verifiedDecisions(before).some(({ node, pos }) => {
    // Inside the node, so that text inserted at its edges counts as an edit of it.
    if (mapping.mapResult(pos + 1).deleted) return true;
    const after = mapping.map(pos, 1);
    if (after < 0 || after >= doc.content.size) return true;
    const moved = doc.nodeAt(after);
    return moved === null || !moved.eq(node) || doc.resolve(after).depth !== before.resolve(pos).depth;
  });
}
