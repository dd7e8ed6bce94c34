import { daysBetween, nextYear } from './calendarDate.js';
import { findDates } from './findDates.js';
import type { MinutesLanguage, RecognisedNextMeeting } from './RecognisedMinutes.js';
import { recogniseTime } from './recogniseTime.js';
import { wordBoundaries } from './wordBoundaries.js';

const NEXT_MEETING = wordBoundaries(
  /^(?:(?:nästa|kommande)\s+(?:[\p{L}-]*?)(?:möte|sammanträde|träff|avstämning|session)(?:t|et|en)?|(?:the\s+)?next\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|call|teleconference|telecon|session|sync|check-in|standup|catch-up|review)|date of (?:the\s+)?next meeting|vi ses (?:nästa gång|igen))\b/iu,
);
const PLACE = wordBoundaries(
  /\b(?:i|på|at|in|plats:?|location:?|venue:?)\s+(\p{Lu}[\p{L}\s-]{2,40}?)(?:[,.;]|$)/u,
);
const MEETING_WORD = wordBoundaries(
  /\b(?:möte|mötet|sammanträde|planeringsdag|planeringsdagen|internat|konferens|träff|workshop|meeting|session|retreat|call)\b|(?:grupp|styrelse|nätverk|nämnd|utskott)\b/iu,
);

export interface NextMeetingContext {
  meetingDate: string | null;
  language: MinutesLanguage;
}

/** "Nästa möte 9 oktober", "Nästa möte: …", "The next meeting will be held on …": date, time, place. */
export function recogniseNextMeeting(
  text: string,
  context: NextMeetingContext,
  { labelled = false }: { labelled?: boolean } = {},
): RecognisedNextMeeting | null {
  if (!labelled && !NEXT_MEETING.test(text)) return null;
  const date = futureDate(text, context);
  const time = recogniseTime(text);
  const place = PLACE.exec(text.replace(NEXT_MEETING, ''));
  return { date, time, place: place?.[1]?.trim() ?? null, text: text.trim() };
}

/** A heading such as "Planeringsdag styrgrupp 2 juni" names the group's next meeting when its date is ahead. */
export function nextMeetingFromTitle(
  title: string,
  context: NextMeetingContext,
): RecognisedNextMeeting | null {
  if (!MEETING_WORD.test(title) || !context.meetingDate) return null;
  const date = futureDate(title, context);
  if (!date || daysBetween(context.meetingDate, date) <= 0 || daysBetween(context.meetingDate, date) > 200)
    return null;
  return { date, time: recogniseTime(title), place: null, text: title };
}

function futureDate(text: string, { meetingDate, language }: NextMeetingContext): string | null {
  const found = findDates(text, { reference: meetingDate, language }).find((date) => date.iso !== null);
  if (!found?.iso) return null;
  if (!meetingDate || found.yearWritten || daysBetween(meetingDate, found.iso) >= 0) return found.iso;
  return found.weekdayOnly ? null : nextYear(found.iso);
}
