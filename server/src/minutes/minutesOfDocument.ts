import { DOCUMENT_FIELD, extractMinutes, type Minutes } from '@minutes/shared';
import type { Schema } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/**
 * Extracts the minutes of a live document. Converts a clone: converting the live Y.Doc would
 * delete, from the shared document, any node the schema does not know (y-prosemirror#271).
 */
export function minutesOfDocument(doc: Y.Doc, schema: Schema, meetingDate: string | null): Minutes {
  const clone = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
    const node = yXmlFragmentToProseMirrorRootNode(clone.getXmlFragment(DOCUMENT_FIELD), schema);
    return extractMinutes(node, { meetingDate });
  } finally {
    clone.destroy();
  }
}
