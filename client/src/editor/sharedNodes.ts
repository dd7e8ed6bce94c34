import {
  ActionItem,
  AgendaItem,
  Attendee,
  AttendeeList,
  Decision,
  MeetingHeader,
  NextMeeting,
} from '@minutes/shared';
import type { Node } from '@tiptap/core';

// The nodes arrive typed against the CommonJS typings of @tiptap/core (see sharedCommands.ts); at
// runtime there is one @tiptap/core, so they are the same nodes.
const asNode = (node: unknown): Node => node as Node;

/** The structured nodes of the shared schema, to extend with node views. */
export const sharedNodes = {
  meetingHeader: asNode(MeetingHeader),
  attendeeList: asNode(AttendeeList),
  attendee: asNode(Attendee),
  agendaItem: asNode(AgendaItem),
  decision: asNode(Decision),
  actionItem: asNode(ActionItem),
  nextMeeting: asNode(NextMeeting),
};
