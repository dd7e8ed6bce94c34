import type { ActionItemStatus } from '../nodes/ActionItem.js';
import type { AgendaItemStatus } from '../nodes/AgendaItem.js';
import type { AttendeeAttributes } from '../nodes/Attendee.js';
import type { MeetingHeaderAttributes } from '../nodes/MeetingHeader.js';
import type { NextMeetingAttributes } from '../nodes/NextMeeting.js';

export type MinutesAttendee = AttendeeAttributes;

export interface MinutesAgendaItem {
  id: string | null;
  /** 1-based position in the agenda. */
  number: number;
  title: string;
  presenter: string | null;
  status: AgendaItemStatus;
}

/** Where in the agenda a decision or task was written; null outside any agenda item. */
export interface AgendaReference {
  agendaItemId: string | null;
  agendaItemNumber: number | null;
  agendaItemTitle: string | null;
}

export interface MinutesDecision extends AgendaReference {
  id: string | null;
  text: string;
  reservations: string[];
}

export interface MinutesAction extends AgendaReference {
  id: string | null;
  text: string;
  assignees: string[];
  /** As written: a date (YYYY-MM-DD) or a named meeting. */
  due: string | null;
  /** The due date as a calendar date when it is one or can be resolved (the next meeting's date). */
  dueDate: string | null;
  status: ActionItemStatus;
}

export interface MinutesTabledItem {
  agendaItemId: string | null;
  agendaItemNumber: number;
  text: string;
}

export type MinutesNextMeeting = NextMeetingAttributes;

/** The structured minutes of one meeting, as extracted from its document. */
export interface Minutes extends Omit<MeetingHeaderAttributes, 'id'> {
  /** Present in the room or remote. */
  attendees: MinutesAttendee[];
  /** Absent or excused. */
  absent: MinutesAttendee[];
  secretary: string | null;
  chair: string | null;
  verifiers: string[];
  agenda: MinutesAgendaItem[];
  decisions: MinutesDecision[];
  actions: MinutesAction[];
  tabled: MinutesTabledItem[];
  next_meeting: MinutesNextMeeting | null;
}
