import { DOCUMENT_FIELD, extractMinutes, type Minutes } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import type { Node, Schema } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

export interface ExtractedDocument {
  minutes: Minutes;
  /** The document as ProseMirror JSON, which search indexes. */
  document: JSONContent;
}

/** Extracts the minutes of a live document, which it leaves untouched. */
export function minutesOfDocument(doc: Y.Doc, schema: Schema, meetingDate: string | null): ExtractedDocument {
  const { node, document } = documentNode(doc, schema);
  return { minutes: extractMinutes(node, { meetingDate }), document };
}

/**
 * The document as a ProseMirror node. Read as JSON, which changes nothing; a document with a node
 * the schema does not know is converted from a clone the way an editor converts it, since that
 * conversion deletes every such node from the shared document (y-prosemirror#271).
 */
function documentNode(doc: Y.Doc, schema: Schema): { node: Node; document: JSONContent } {
  const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
  const document = yXmlFragmentToProsemirrorJSON(fragment) as JSONContent;
  try {
    return { node: schema.nodeFromJSON(document), document };
  } catch {
    // A fixed guid: a random one costs 31 random draws per clone.
    const clone = new Y.Doc({ gc: false, guid: 'minutes-extraction' });
    try {
      Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
      const node = yXmlFragmentToProseMirrorRootNode(clone.getXmlFragment(DOCUMENT_FIELD), schema);
      return { node, document: node.toJSON() as JSONContent };
    } finally {
      clone.destroy();
    }
  }
}
