import { extractMinutes, type Minutes } from '@minutes/shared';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';

/** Extraction runs at most this often while people type. */
const THROTTLE_MS = 200;

export interface LiveMinutes {
  minutes: Minutes;
  /** Decisions and tasks that appeared through someone else's edit since the last extraction. */
  addedByOthers: { decisions: Minutes['decisions']; actions: Minutes['actions'] };
}

/** Ids of the decisions and tasks in `doc`, written or not. */
function structuredIds(doc: ProseMirrorNode): string[] {
  const ids: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'decision' || node.type.name === 'actionItem') {
      if (typeof node.attrs.id === 'string') ids.push(node.attrs.id);
      return false;
    }
    return !node.isTextblock;
  });
  return ids;
}

function isRemote(transaction: Transaction): boolean {
  // Undo and redo also arrive through Yjs, but they are this person's own edits.
  const meta = transaction.getMeta('y-sync$') as { isUndoRedoOperation?: boolean } | undefined;
  return isChangeOrigin(transaction) && meta?.isUndoRedoOperation !== true;
}

/**
 * The minutes extracted from the editor's document, kept up to date (throttled), and which of the
 * decisions and tasks just appeared were written by someone else. Nothing counts as someone else's
 * until `ready` (the document has synced), so loading it does not announce everything in it.
 */
export function useLiveMinutes(editor: Editor, meetingDate: string | null, ready: boolean): LiveMinutes {
  const [live, setLive] = useState<LiveMinutes>(() => ({
    minutes: extractMinutes(editor.state.doc, { meetingDate }),
    addedByOthers: { decisions: [], actions: [] },
  }));

  useEffect(() => {
    // Ids this person created (or that were there before `ready`) are never announced.
    const known = new Set<string>(structuredIds(editor.state.doc));
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;

    const extract = () => {
      timer = undefined;
      last = Date.now();
      const minutes = extractMinutes(editor.state.doc, { meetingDate });
      const fresh = <T extends { id: string | null }>(items: T[]) =>
        items.filter((item) => item.id !== null && !known.has(item.id));
      const addedByOthers = ready
        ? { decisions: fresh(minutes.decisions), actions: fresh(minutes.actions) }
        : { decisions: [], actions: [] };
      for (const item of [...minutes.decisions, ...minutes.actions]) if (item.id) known.add(item.id);
      setLive({ minutes, addedByOthers });
    };

    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      if (!transaction.docChanged) return;
      // The editor's document includes what other plugins appended (UniqueID gives split and
      // pasted nodes their ids in an appended transaction).
      const after = structuredIds(editor.state.doc);
      if (!ready) {
        for (const id of after) known.add(id);
      } else if (!isRemote(transaction)) {
        // Only what this transaction created: others' additions may still wait for the next extraction.
        const before = new Set(structuredIds(transaction.before));
        for (const id of after) if (!before.has(id)) known.add(id);
      }
      if (timer !== undefined) return;
      timer = setTimeout(extract, Math.max(0, THROTTLE_MS - (Date.now() - last)));
    };

    extract();
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
      clearTimeout(timer);
    };
  }, [editor, meetingDate, ready]);

  return live;
}
