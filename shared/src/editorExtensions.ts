import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/** Name of the Y.XmlFragment that holds the document (Tiptap's Collaboration default). */
export const DOCUMENT_FIELD = 'default';

/**
 * The extensions that define the document's shape. The client adds behaviour on top
 * (collaboration, carets); the server builds its ProseMirror schema from this same list.
 */
export function editorExtensions(): Extensions {
  // Undo/redo comes from the Collaboration extension, which only undoes one's own edits.
  return [StarterKit.configure({ undoRedo: false })];
}
