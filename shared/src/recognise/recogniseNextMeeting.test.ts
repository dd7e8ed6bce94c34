import { describe, expect, it } from 'vitest';
import { nextMeetingFromTitle, recogniseNextMeeting } from './recogniseNextMeeting.js';
import { recogniseTabled } from './recogniseTabled.js';

describe('recogniseNextMeeting', () => {
  it.each([
    ['Nästa möte 9 oktober, dialog om beslut.', '2026-04-10', 'sv', '2026-10-09'],
    [
      'Nästa styrelsemöte hålls tisdagen den 16 april kl. 18.30 i föreningslokalen.',
      '2024-03-12',
      'sv',
      '2024-04-16',
    ],
    [
      'Nästa sammanträde äger rum torsdagen den 12 februari 2026 kl. 13.00.',
      '2025-11-20',
      'sv',
      '2026-02-12',
    ],
    ['Nästa möte: 15 januari', '2025-11-20', 'sv', '2026-01-15'],
    ['The next meeting will be held on Tuesday 14 May 2024 at 7.00 pm.', '2024-04-09', 'en', '2024-05-14'],
    ['Next sync: 12 September 2024.', '2024-09-05', 'en', '2024-09-12'],
  ] as const)('%s', (text, meetingDate, language, date) => {
    expect(recogniseNextMeeting(text, { meetingDate, language })?.date).toBe(date);
  });

  it('reads the time', () => {
    expect(
      recogniseNextMeeting('Nästa möte 3 mars kl. 19.00 i klubbstugan.', {
        meetingDate: '2025-02-03',
        language: 'sv',
      }),
    ).toMatchObject({ date: '2025-03-03', time: '19.00' });
  });

  it.each(['Lina tar fram ett förslag till nästa möte.', 'Report back at the next meeting.'])(
    'ignores a task that names the next meeting: %s',
    (text) => {
      expect(recogniseNextMeeting(text, { meetingDate: '2025-02-03', language: 'sv' })).toBeNull();
    },
  );

  it('reads a planning day in a heading as the next meeting when it lies ahead', () => {
    const context = { meetingDate: '2026-04-28', language: 'sv' } as const;
    expect(nextMeetingFromTitle('Planeringsdag styrgrupp 2 juni', context)?.date).toBe('2026-06-02');
    expect(nextMeetingFromTitle('Statusrapport', context)).toBeNull();
    expect(nextMeetingFromTitle('Möte 2 mars', context)).toBeNull();
  });
});

describe('recogniseTabled', () => {
  it.each([
    ['Bordläggs till mötet i februari.', true],
    ['Förslaget bordlades i avvaktan på yttrande.', true],
    ['Frågan skjuts upp till nästa möte.', true],
    ['The item was deferred to the May meeting.', true],
    ['The application was tabled pending information.', true],
    ['Beslut tas att skjuta upp den 12 månader.', false],
    ['Tabellen visar utfallet.', false],
  ])('%s', (text, expected) => {
    expect(recogniseTabled(text)).toBe(expected);
  });
});
