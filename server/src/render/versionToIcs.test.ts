import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { hostileVersion, PAYLOAD } from './hostileVersion.fixture.js';
import { IDS, sampleVersion } from './sampleVersion.fixture.js';
import { versionToIcs } from './versionToIcs.js';

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('versionToIcs', () => {
  const version = sampleVersion();
  const parsed = events(versionToIcs(version));

  it('has an all-day event on each task due date, with its assignees', () => {
    const network = parsed.find((event) => event.uid === `styrgrupp-2026-02-24-${IDS.taskNetwork}@minutes`);
    expect(network?.summary).toBe(
      'Uppgift: Johan och Marita tar med frågan till nästa skolchefsnätverksmöte.',
    );
    expect(network?.startDate.isDate).toBe(true);
    expect(network?.startDate.toString()).toBe('2026-03-13');
    expect(network?.description).toContain('Ansvarig: Johan Lindeberg, Marita Encke Dahlin');
    // "nästa styrgruppsmöte" is the next meeting's date.
    const proposal = parsed.find((event) => event.uid === `styrgrupp-2026-02-24-${IDS.taskProposal}@minutes`);
    expect(proposal?.startDate.toString()).toBe('2026-04-28');
  });

  it('leaves out a task without a calendar date', () => {
    expect(parsed.some((event) => event.uid.includes(IDS.taskFeedback))).toBe(false);
    expect(parsed.filter((event) => event.summary.startsWith('Uppgift:'))).toHaveLength(2);
  });

  it('has the next meeting at its time in Swedish time, and where', () => {
    const next = parsed.find((event) => event.summary.startsWith('Nästa möte'));
    expect(next?.location).toBe('Region Sörmland, Nyköping');
    expect(next?.startDate.toString()).toBe('2026-04-28T13:00:00');
    expect(next?.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(next?.endDate.toString()).toBe('2026-04-28T15:00:00');
    // 13:00 in Stockholm in April (CEST) is 11:00 UTC.
    expect(next?.startDate.toJSDate().toISOString()).toBe('2026-04-28T11:00:00.000Z');
  });

  it('makes the next meeting an all-day event when it has no clock time', () => {
    const minutes = {
      ...version.minutes,
      actions: [],
      next_meeting: { id: 'next', date: '2026-10-09', time: null, place: null },
    };
    const [next] = events(versionToIcs({ ...version, minutes }));
    expect(next?.uid).toBe('styrgrupp-2026-02-24-next@minutes');
    expect(next?.startDate.isDate).toBe(true);
    expect(next?.startDate.toString()).toBe('2026-10-09');
  });

  it('is the same file every time for the same version', () => {
    expect(versionToIcs(version)).toBe(versionToIcs(structuredClone(version)));
  });

  it('keeps hostile text as text and leaves out what is not a date or a time', () => {
    const [next, ...others] = events(versionToIcs(hostileVersion()));
    expect(others).toEqual([]);
    expect(next?.summary).toBe(`Nästa möte: ${PAYLOAD}`);
    expect(next?.location).toBe(PAYLOAD);
    expect(next?.startDate.isDate).toBe(true);
  });
});
