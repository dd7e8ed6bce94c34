import { DOCUMENT_FIELD, type Meeting } from '@minutes/shared';
import * as Y from 'yjs';

/** The content a new meeting starts with: its title as a heading and an empty paragraph. */
export function seedMeetingDocument(doc: Y.Doc, meeting: Pick<Meeting, 'title'>): void {
  const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
  const heading = new Y.XmlElement<{ level: number }>('heading');
  heading.setAttribute('level', 1);
  heading.insert(0, [new Y.XmlText(meeting.title)]);
  // y-prosemirror keeps attribute values as they are; Tiptap's heading expects a number.
  fragment.insert(0, [heading as unknown as Y.XmlElement, new Y.XmlElement('paragraph')]);
}
