import { calendarDate } from '../render/formatDate.js';
import { STOCKHOLM, STOCKHOLM_VTIMEZONE } from '../render/stockholmTimeZone.js';

/** One event of a feed: all-day unless it has a start time (wall-clock time in Sweden). */
export interface CalendarEntry {
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  startTime: string | null;
  endTime: string | null;
  summary: string;
  location: string | null;
  description: string;
}

/** An iCalendar file of the entries that fall on a real calendar date. ical-generator loads on first use. */
export async function calendarFile(name: string, entries: readonly CalendarEntry[]): Promise<string> {
  const { default: ical } = await import('ical-generator');
  const calendar = ical({ prodId: { company: 'Minutes', product: 'Minutes', language: 'SV' }, name });
  let timed = false;
  for (const entry of entries) {
    if (!calendarDate(entry.date)) continue;
    const at = (time: string) => `${entry.date}T${time}:00`;
    const times = entry.startTime
      ? {
          start: at(entry.startTime),
          ...(entry.endTime && entry.endTime > entry.startTime ? { end: at(entry.endTime) } : {}),
          timezone: STOCKHOLM,
        }
      : { start: entry.date, allDay: true };
    timed ||= entry.startTime !== null;
    calendar.createEvent({
      id: entry.uid,
      ...times,
      summary: entry.summary,
      location: entry.location,
      description: entry.description,
    });
  }
  const text = calendar.toString();
  // As in versionToIcs: ical-generator writes a VTIMEZONE only in its calendar-wide mode, which
  // shifts all-day dates by the server's own zone, so the one zone referenced is added here.
  return timed ? text.replace('BEGIN:VEVENT', `${STOCKHOLM_VTIMEZONE}\r\nBEGIN:VEVENT`) : text;
}

const CLOCK_SPAN = /(\d{1,2})[.:](\d{2})(?:\s*[-–—]\s*(\d{1,2})[.:](\d{2}))?/;

/** "13.00–15.00" (or "13:00") as ["13:00", "15:00"]; nulls for what is not a clock time. */
export function clockSpan(text: string | null): [string | null, string | null] {
  const match = text ? CLOCK_SPAN.exec(text) : null;
  const clock = (hour?: string, minute?: string) =>
    hour && minute && Number(hour) < 24 && Number(minute) < 60 ? `${hour.padStart(2, '0')}:${minute}` : null;
  return [clock(match?.[1], match?.[2]), clock(match?.[3], match?.[4])];
}
