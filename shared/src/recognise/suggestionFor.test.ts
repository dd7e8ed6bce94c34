import { describe, expect, it } from 'vitest';
import { suggestionFor } from './suggestionFor.js';

const context = {
  attendees: ['Lina Larsson', 'Osman Aytar', 'Karin Dahlqvist Claesson'],
  meetingDate: '2026-02-24',
  nextMeetingDate: '2026-04-28',
};

describe('suggestionFor', () => {
  const cases: Array<[string, ReturnType<typeof suggestionFor>]> = [
    ['Det beslutas att tidsplanen publiceras.', { kind: 'decision' }],
    ['Styrgruppen enades om att genomföra planeringsdagen i Malmköping.', { kind: 'decision' }],
    ['It was agreed to publish the schedule.', { kind: 'decision' }],
    [
      'Lina och Osman tar fram ett förslag till den 13 mars.',
      { kind: 'action', assignees: ['Lina', 'Osman'], due: '2026-03-13' },
    ],
    [
      'Karin får i uppdrag att kontakta SKR till nästa möte.',
      { kind: 'action', assignees: ['Karin'], due: '2026-04-28' },
    ],
    ['Processledarna informerade om läget i länet.', null],
    ['Ska vi besluta om detta?', null],
    ['Ok.', null],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = suggestionFor(text, context);
    if (expected?.kind === 'action' && found?.kind === 'action') {
      expect(found.assignees.map((name) => name.split(' ')[0])).toEqual(expected.assignees);
      expect(found.due).toBe(expected.due);
    } else {
      expect(found).toEqual(expected);
    }
  });
});
