import type { SuggestionContext } from '@minutes/shared/recognise';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { findNode } from '../findNode';
import { attendeeNamesOf } from '../nodeViews/attendeeNamesOf';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateOf(doc: ProseMirrorNode, type: string): string | null {
  const date = findNode(doc, (node) => node.type.name === type)?.node.attrs.date;
  return typeof date === 'string' && ISO_DATE.test(date) ? date : null;
}

/**
 * What a paragraph is read against: the attendee list, the meeting header's date (or the meeting's
 * own date when the header has none) and the next meeting's date.
 */
export function suggestionContextOf(doc: ProseMirrorNode, meetingDate: string | null): SuggestionContext {
  return {
    attendees: attendeeNamesOf(doc),
    meetingDate: dateOf(doc, 'meetingHeader') ?? meetingDate,
    nextMeetingDate: dateOf(doc, 'nextMeeting'),
  };
}

/** Equal keys mean the same context, so that earlier answers still hold. */
export function contextKey(context: SuggestionContext): string {
  return JSON.stringify([context.attendees, context.meetingDate, context.nextMeetingDate]);
}
