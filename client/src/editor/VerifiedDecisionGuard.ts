import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { editsVerifiedDecision } from './editsVerifiedDecision';
import { withoutVerification } from './withoutVerification';

declare module '@tiptap/core' {
  interface EditorEvents {
    /** A local edit of a verified decision was dropped. */
    verifiedDecisionLocked: Record<string, never>;
  }
}

const verifiedDecisionGuardKey = new PluginKey('verifiedDecisionGuard');

/** A change made here to a verified decision; those that arrive through Yjs are the server's or others'. */
export function isLockedEdit(transaction: Transaction): boolean {
  return !isChangeOrigin(transaction) && editsVerifiedDecision(transaction);
}

/**
 * A decision verified at once (omedelbar justering) is locked: local changes to it are dropped, as
 * the server would refuse them. Changes that arrive through Yjs pass (the server sets the marks
 * that way), and pasted content loses those marks.
 */
export const VerifiedDecisionGuard = Extension.create({
  name: 'verifiedDecisionGuard',

  addProseMirrorPlugins() {
    const { editor } = this;
    return [
      new Plugin({
        key: verifiedDecisionGuardKey,
        filterTransaction: (transaction) => {
          if (!isLockedEdit(transaction)) return true;
          editor.emit('verifiedDecisionLocked', {});
          return false;
        },
        props: { transformPasted: (slice) => withoutVerification(slice) },
      }),
    ];
  },
});
