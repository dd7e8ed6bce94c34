import type { Meeting, Minutes, TrackedTask } from '@minutes/shared';
import { wordingFor } from '../render/wordingFor.js';
import type { CalendarEntry } from './calendarFile.js';
import { clockSpan } from './calendarFile.js';

const w = wordingFor('sv');

/** Each task with a due date, on that day. UIDs are those of the version's .ics export. */
export function taskEntries(tasks: readonly TrackedTask[]): CalendarEntry[] {
  return tasks.flatMap((task) =>
    task.dueDate === null
      ? []
      : [
          {
            uid: `${task.meetingId}-${task.nodeId}@minutes`,
            date: task.dueDate,
            startTime: null,
            endTime: null,
            summary: `${w.task}: ${task.text}`,
            location: null,
            description: [
              task.assignees.length > 0 ? `${w.assignees}: ${task.assignees.join(', ')}` : null,
              `${task.meetingTitle} (${task.meetingDate})`,
            ]
              .filter((line): line is string => line !== null)
              .join('\n'),
          },
        ],
  );
}

export interface SeriesMeeting {
  meeting: Meeting;
  title: string;
  minutes: Minutes | undefined;
}

/**
 * The meetings on their dates, with time and place from the minutes' header when it has them,
 * and the next meetings the minutes announce, unless a meeting of the series is already on that
 * day; when several announce the same day, the latest minutes say when and where.
 */
export function seriesEntries(seriesName: string, meetings: readonly SeriesMeeting[]): CalendarEntry[] {
  const held = new Set(meetings.map(({ meeting }) => meeting.date));
  const entries: CalendarEntry[] = meetings.map(({ meeting, title, minutes }) => ({
    uid: `${meeting.id}@minutes`,
    date: meeting.date,
    startTime: clockSpan(minutes?.startTime ?? null)[0],
    endTime: clockSpan(minutes?.endTime ?? null)[0],
    summary: title,
    location: [minutes?.room, minutes?.videoLink].filter(Boolean).join(', ') || null,
    description: seriesName,
  }));
  const announced = new Map<string, CalendarEntry>();
  for (const { meeting, title, minutes } of meetings) {
    const next = minutes?.next_meeting;
    if (!next?.date || held.has(next.date)) continue;
    const [startTime, endTime] = clockSpan(next.time);
    announced.set(next.date, {
      uid: `${meeting.id}-${next.id ?? 'next-meeting'}@minutes`,
      date: next.date,
      startTime,
      endTime,
      summary: `${w.nextMeeting}: ${seriesName}`,
      location: next.place,
      description: title,
    });
  }
  return [...entries, ...announced.values()];
}
