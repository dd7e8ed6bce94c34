import { DOCUMENT_FIELD, extractMinutes, type Minutes } from '@minutes/shared';
import type { Node, Schema } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** Extracts the minutes of a live document, which it leaves untouched. */
export function minutesOfDocument(doc: Y.Doc, schema: Schema, meetingDate: string | null): Minutes {
  return extractMinutes(documentNode(doc, schema), { meetingDate });
}

/**
 * The document as a ProseMirror node. Read as JSON, which changes nothing; a document the schema
 * rejects as it is (an unknown node) is converted from a clone the way an editor converts it,
 * since that conversion deletes, from the shared document, every node the schema does not know
 * (y-prosemirror#271).
 */
function documentNode(doc: Y.Doc, schema: Schema): Node {
  const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
  try {
    const node = schema.nodeFromJSON(yXmlFragmentToProsemirrorJSON(fragment));
    node.check();
    return node;
  } catch {
    // A fixed guid: a random one costs 31 random draws per clone.
    const clone = new Y.Doc({ gc: false, guid: 'minutes-extraction' });
    try {
      Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
      return yXmlFragmentToProseMirrorRootNode(clone.getXmlFragment(DOCUMENT_FIELD), schema);
    } finally {
      clone.destroy();
    }
  }
}
