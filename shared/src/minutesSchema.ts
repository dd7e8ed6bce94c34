import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { editorExtensions } from './editorExtensions.js';

/** The ProseMirror schema of a minutes document, built without an editor or a DOM. */
export function minutesSchema(): Schema {
  return getSchema(editorExtensions());
}
