import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { editsVerifiedDecision } from './editsVerifiedDecision';
import { withoutVerification } from './withoutVerification';

declare module '@tiptap/core' {
  interface EditorEvents {
    /** A local edit of a verified decision was dropped. */
    verifiedDecisionLocked: Record<string, never>;
  }
}

const verifiedDecisionGuardKey = new PluginKey('verifiedDecisionGuard');

const EDITING_KEYS = new Set(['Backspace', 'Delete', 'Enter']);

/** Whether the selection starts or ends inside a decision that was verified at once. */
export function selectionInVerifiedDecision(state: EditorState): boolean {
  return rangeInVerifiedDecision(state.doc, state.selection.from, state.selection.to);
}

function rangeInVerifiedDecision(doc: ProseMirrorNode, from: number, to: number): boolean {
  return [doc.resolve(from), doc.resolve(to)].some((position) => {
    for (let depth = position.depth; depth > 0; depth--) {
      const node = position.node(depth);
      if (node.type.name === 'decision' && node.attrs.verifiedBy) return true;
    }
    return false;
  });
}

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
        props: {
          transformPasted: (slice) => withoutVerification(slice),
          // Typing inside a verified decision is stopped before it becomes a transaction, so that
          // the caret stays where it was put (a dropped transaction would take the caret back too).
          handleTextInput: (view, from, to) => {
            if (!rangeInVerifiedDecision(view.state.doc, from, to)) return false;
            editor.emit('verifiedDecisionLocked', {});
            return true;
          },
          handleKeyDown: (view, event) => {
            if (!EDITING_KEYS.has(event.key) || !selectionInVerifiedDecision(view.state)) return false;
            editor.emit('verifiedDecisionLocked', {});
            return true;
          },
        },
      }),
    ];
  },
});
