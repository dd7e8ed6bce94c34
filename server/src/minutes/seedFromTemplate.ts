import { DOCUMENT_FIELD, type Meeting, meetingTemplate } from '@minutes/shared';
import type { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/** Writes a new meeting's template into its (empty) document. */
export function seedFromTemplate(
  doc: Y.Doc,
  schema: Schema,
  meeting: Pick<Meeting, 'title' | 'date'> & { series?: string | null },
): void {
  prosemirrorJSONToYXmlFragment(schema, meetingTemplate(meeting), doc.getXmlFragment(DOCUMENT_FIELD));
}
