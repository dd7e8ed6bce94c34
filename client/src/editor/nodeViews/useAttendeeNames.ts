import { type Editor, useEditorState } from '@tiptap/react';
import { attendeeNamesOf } from './attendeeNamesOf';

/** The attendee names in the document, kept up to date. */
export function useAttendeeNames(editor: Editor): string[] {
  return useEditorState({ editor, selector: ({ editor: current }) => attendeeNamesOf(current.state.doc) });
}
