import { emptyMinutes, type Meeting, type MeetingId, type TrackedTask } from '@minutes/shared';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile } from './calendarFile.js';
import { seriesEntries, taskEntries } from './feedEntries.js';

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

const meeting = (id: string, date: string): Meeting => ({
  id: id.padEnd(22, 'x') as MeetingId,
  title: `Styrgrupp ${date}`,
  date,
  createdAt: `${date}T08:00:00.000Z`,
  seriesId: 's1',
});

describe('feed calendars', () => {
  it('put each dated task on its day, all day', async () => {
    const task = {
      meetingId: 'm1',
      nodeId: 't1',
      text: 'Ta fram förslag',
      assignees: ['Lina'],
      dueDate: '2026-03-13',
      meetingTitle: 'Styrgrupp',
      meetingDate: '2026-02-24',
    } as TrackedTask;
    const undated = { ...task, nodeId: 't2', dueDate: null };
    const [event, ...rest] = events(await calendarFile('Mina uppgifter', taskEntries([task, undated])));
    expect(rest).toEqual([]);
    expect(event?.uid).toBe('m1-t1@minutes');
    expect(event?.summary).toBe('Uppgift: Ta fram förslag');
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2026-03-13');
    expect(event?.description).toContain('Lina');
  });

  it('put meetings at their time in Swedish time, and the next meetings not yet held', async () => {
    const first = meeting('a', '2026-02-24');
    const second = meeting('b', '2026-04-28');
    const parsed = events(
      await calendarFile(
        'Styrgrupp',
        seriesEntries('Styrgrupp', [
          {
            meeting: first,
            title: first.title,
            minutes: {
              ...emptyMinutes(first.date),
              startTime: '13:00',
              endTime: '15.00',
              room: 'Rum 3',
              next_meeting: { id: 'n1', date: '2026-04-28', time: '13.00', place: 'Nyköping' },
            },
          },
          {
            meeting: second,
            title: second.title,
            minutes: {
              ...emptyMinutes(second.date),
              next_meeting: { id: 'n2', date: '2026-06-09', time: '10.00–12.00', place: 'Eskilstuna' },
            },
          },
        ]),
      ),
    );
    expect(parsed.map((event) => event.summary)).toEqual([
      'Styrgrupp 2026-02-24',
      'Styrgrupp 2026-04-28',
      'Nästa möte: Styrgrupp',
    ]);
    const [held, plain, next] = parsed;
    expect(held?.startDate.toString()).toBe('2026-02-24T13:00:00');
    expect(held?.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(held?.endDate.toString()).toBe('2026-02-24T15:00:00');
    expect(held?.location).toBe('Rum 3');
    expect(plain?.startDate.isDate).toBe(true);
    expect(next?.startDate.toString()).toBe('2026-06-09T10:00:00');
    expect(next?.endDate.toString()).toBe('2026-06-09T12:00:00');
    expect(next?.location).toBe('Eskilstuna');
  });
});
