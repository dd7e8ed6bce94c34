import type { MinutesAction, MinutesNextMeeting } from '@minutes/shared';
import ical, { type ICalCalendar } from 'ical-generator';
import { calendarDate, formatClock, formatDate } from './formatDate.js';
import { STOCKHOLM, STOCKHOLM_VTIMEZONE } from './stockholmTimeZone.js';
import type { VersionContent } from './VersionContent.js';
import { type Wording, wordingFor } from './wordingFor.js';

const CLOCK_SPAN = /(\d{1,2})[.:](\d{2})(?:\s*[-–—]\s*(\d{1,2})[.:](\d{2}))?/;

/**
 * The version's dates as an iCalendar file: an all-day event on each task's due date (tasks without
 * a calendar date are left out) and the next meeting. UIDs are stable: "<meetingId>-<nodeId>@minutes".
 */
export function versionToIcs(content: VersionContent): string {
  const w = wordingFor(content.lang);
  const { meeting, minutes } = content;
  const title = minutes.title ?? meeting.title;
  const calendar = ical({
    prodId: { company: 'Minutes', product: 'Minutes', language: content.lang.toUpperCase() },
    name: `${title} – ${formatDate(minutes.date ?? meeting.date, w.lang)}`,
  });
  const stamp = validDate(content.version.finalisedAt);
  minutes.actions.forEach((action, index) => {
    addTask(calendar, content, action, index, stamp, w);
  });
  const timed = minutes.next_meeting
    ? addNextMeeting(calendar, content, minutes.next_meeting, stamp, w)
    : false;
  const text = calendar.toString();
  // ical-generator writes a VTIMEZONE only for a calendar-wide time zone, and that mode shifts
  // all-day dates with the server's own zone; so the one zone referenced is added here.
  return timed ? text.replace('BEGIN:VEVENT', `${STOCKHOLM_VTIMEZONE}\r\nBEGIN:VEVENT`) : text;
}

function addTask(
  calendar: ICalCalendar,
  { meeting }: VersionContent,
  action: MinutesAction,
  index: number,
  stamp: Date | undefined,
  w: Wording,
): void {
  if (!action.dueDate || !calendarDate(action.dueDate)) return;
  const where = action.agendaItemNumber
    ? w.agendaHeading(action.agendaItemNumber, action.agendaItemTitle ?? '')
    : null;
  const description = [
    action.assignees.length > 0 ? `${w.assignees}: ${action.assignees.join(', ')}` : null,
    `${w.status}: ${w.taskStatusOf[action.status]}`,
    where,
  ].filter((line): line is string => line !== null);
  calendar.createEvent({
    id: `${meeting.id}-${action.id ?? `uppgift-${index + 1}`}@minutes`,
    start: action.dueDate,
    allDay: true,
    summary: `${w.task}: ${action.text}`,
    description: description.join('\n'),
    ...(stamp ? { stamp } : {}),
  });
}

/** Adds the next meeting when it has a calendar date; says whether the event has a clock time. */
function addNextMeeting(
  calendar: ICalCalendar,
  { meeting, minutes }: VersionContent,
  next: MinutesNextMeeting,
  stamp: Date | undefined,
  w: Wording,
): boolean {
  if (!next.date || !calendarDate(next.date)) return false;
  const [start, end] = clockTimes(next.time);
  const at = (time: string) => `${next.date}T${time}:00`;
  const times = start
    ? { start: at(start), ...(end && end > start ? { end: at(end) } : {}), timezone: STOCKHOLM }
    : { start: next.date, allDay: true };
  calendar.createEvent({
    id: `${meeting.id}-${next.id ?? 'next-meeting'}@minutes`,
    ...times,
    summary: `${w.nextMeeting}: ${minutes.series ?? minutes.title ?? meeting.title}`,
    location: next.place,
    description: [minutes.title ?? meeting.title, next.time && formatClock(next.time, w.lang)]
      .filter(Boolean)
      .join('\n'),
    ...(stamp ? { stamp } : {}),
  });
  return start !== null;
}

/** "13.00–15.00" as ["13:00", "15:00"]; nulls for what is not a clock time. */
function clockTimes(time: string | null): [string | null, string | null] {
  const match = time ? CLOCK_SPAN.exec(time) : null;
  const clock = (hour?: string, minute?: string) =>
    hour && minute && Number(hour) < 24 && Number(minute) < 60 ? `${hour.padStart(2, '0')}:${minute}` : null;
  return [clock(match?.[1], match?.[2]), clock(match?.[3], match?.[4])];
}

function validDate(value: string): Date | undefined {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
