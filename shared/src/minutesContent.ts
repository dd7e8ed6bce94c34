import type { JSONContent } from '@tiptap/core';
import type { ActionItemAttributes } from './nodes/ActionItem.js';
import type { AgendaItemAttributes } from './nodes/AgendaItem.js';
import type { AttendeeAttributes } from './nodes/Attendee.js';
import type { MeetingHeaderAttributes } from './nodes/MeetingHeader.js';
import type { NextMeetingAttributes } from './nodes/NextMeeting.js';
import { newNodeId } from './nodes/nodeId.js';

/**
 * Builders for documents in the minutes schema, as ProseMirror JSON: for templates, imports and
 * tests. Every structured node gets a fresh id unless one is given.
 */
type Attrs<T> = Partial<T> & { id?: string };

const text = (value: string): JSONContent[] => (value ? [{ type: 'text', text: value }] : []);
const withId = <T>(attrs: Attrs<T> = {}) => ({ ...attrs, id: attrs.id ?? newNodeId() });

export const minutesContent = {
  doc: (...content: JSONContent[]): JSONContent => ({ type: 'doc', content }),
  paragraph: (value = ''): JSONContent => ({ type: 'paragraph', content: text(value) }),
  heading: (level: number, value: string): JSONContent => ({
    type: 'heading',
    attrs: { level },
    content: text(value),
  }),
  bulletList: (...items: string[]): JSONContent => ({
    type: 'bulletList',
    content: items.map((item) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: text(item) }],
    })),
  }),
  meetingHeader: (attrs: Attrs<MeetingHeaderAttributes> = {}): JSONContent => ({
    type: 'meetingHeader',
    attrs: withId(attrs),
  }),
  attendeeList: (...rows: JSONContent[]): JSONContent => ({
    type: 'attendeeList',
    attrs: withId(),
    content: rows,
  }),
  attendee: (name: string, attrs: Attrs<AttendeeAttributes> = {}): JSONContent => ({
    type: 'attendee',
    attrs: withId({ attendance: 'present', ...attrs, name }),
  }),
  agendaItem: (
    title: string,
    content: JSONContent[] = [],
    attrs: Attrs<AgendaItemAttributes> = {},
  ): JSONContent => ({
    type: 'agendaItem',
    attrs: withId({ status: 'open', ...attrs }),
    content: [{ type: 'agendaItemTitle', content: text(title) }, ...content],
  }),
  decision: (value: string, attrs: Attrs<{ reservations: string[] }> = {}): JSONContent => ({
    type: 'decision',
    attrs: withId({ reservations: [], ...attrs }),
    content: text(value),
  }),
  actionItem: (value: string, attrs: Attrs<ActionItemAttributes> = {}): JSONContent => ({
    type: 'actionItem',
    attrs: withId({ assignees: [], due: null, status: 'open', ...attrs }),
    content: text(value),
  }),
  nextMeeting: (attrs: Attrs<NextMeetingAttributes> = {}): JSONContent => ({
    type: 'nextMeeting',
    attrs: withId(attrs),
  }),
};

/** What a new meeting starts with: header, attendee list, a first agenda item, next meeting. */
export function meetingTemplate(meeting: {
  title: string;
  date: string;
  series?: string | null;
}): JSONContent {
  const m = minutesContent;
  return m.doc(
    m.meetingHeader({
      title: meeting.title,
      date: meeting.date,
      ...(meeting.series ? { series: meeting.series } : {}),
    }),
    m.attendeeList(),
    m.agendaItem('Mötets öppnande', [m.paragraph()]),
    m.nextMeeting(),
  );
}
