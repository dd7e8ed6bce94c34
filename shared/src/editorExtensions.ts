import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { ActionItem } from './nodes/ActionItem.js';
import { AgendaItem } from './nodes/AgendaItem.js';
import { AgendaItemTitle } from './nodes/AgendaItemTitle.js';
import { Attendee } from './nodes/Attendee.js';
import { AttendeeList } from './nodes/AttendeeList.js';
import { Decision } from './nodes/Decision.js';
import { MeetingHeader } from './nodes/MeetingHeader.js';
import { NextMeeting } from './nodes/NextMeeting.js';

/**
 * The extensions that define the document's shape. The client adds behaviour on top
 * (collaboration, carets, node views); the server reads documents with `documentSchema()`, the same schema as data.
 */
export function editorExtensions(): Extensions {
  return [
    // Undo/redo comes from the Collaboration extension, which only undoes one's own edits.
    // No trailing paragraph: two editors loading at once would each add one. The server seeds content.
    StarterKit.configure({ undoRedo: false, trailingNode: false }),
    MeetingHeader,
    AttendeeList,
    Attendee,
    AgendaItem,
    AgendaItemTitle,
    Decision,
    ActionItem,
    NextMeeting,
  ];
}
