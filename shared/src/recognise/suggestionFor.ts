import { detectLanguage } from './detectLanguage.js';
import type { RecognisedAttendee } from './RecognisedMinutes.js';
import { recogniseAction } from './recogniseAction.js';
import { recogniseDecision } from './recogniseDecision.js';
import { createAssigneeResolver } from './resolveAssignees.js';
import { resolveDueDate } from './resolveDueDate.js';

export type Suggestion = { kind: 'decision' } | { kind: 'action'; assignees: string[]; due: string | null };

export interface SuggestionContext {
  /** Names in the meeting's attendee list. */
  attendees: readonly string[];
  /** YYYY-MM-DD */
  meetingDate: string | null;
  nextMeetingDate: string | null;
}

const MIN_WORDS = 3;

/**
 * What a paragraph written as plain text reads as: a decision ("Det beslutas att …"), a task
 * ("Lina tar fram ett förslag till nästa möte") with its assignees and due date, or neither.
 */
export function suggestionFor(paragraph: string, context: SuggestionContext): Suggestion | null {
  const text = paragraph.trim();
  if (text.split(/\s+/u).length < MIN_WORDS || /\?$/u.test(text)) return null;
  const people: RecognisedAttendee[] = context.attendees.map((name) => ({
    name,
    role: null,
    organisation: null,
    duty: null,
    attendance: 'present',
  }));
  const resolve = createAssigneeResolver(people);
  const language = detectLanguage(text);
  const dueContext = { meetingDate: context.meetingDate, nextMeetingDate: context.nextMeetingDate, language };
  const due = () => resolveDueDate(text, dueContext);
  const action = recogniseAction(text, { resolve, hasDue: () => due() !== null });
  if (action) return { kind: 'action', assignees: action.assignees, due: due() };
  if (recogniseDecision(text)) return { kind: 'decision' };
  return null;
}
