import { describe, expect, it } from 'vitest';
import type { RecognisedAttendee } from './RecognisedMinutes.js';
import { createAssigneeResolver } from './resolveAssignees.js';

const attendee = (name: string, role: string | null = null): RecognisedAttendee => ({
  name,
  role,
  organisation: null,
  duty: null,
  attendance: 'present',
});

describe('createAssigneeResolver', () => {
  const resolve = createAssigneeResolver([
    attendee('Karin Dahlqvist Claesson'),
    attendee('Malin Sjöqvist', 'Processledare'),
    attendee('Nettan Candolf', 'Processledare'),
    attendee('Lina larsson'),
  ]);

  it.each([
    ['Karin', ['Karin']],
    ['Karin Dahlqvist Claesson', ['Karin Dahlqvist Claesson']],
    ['Sjöqvist', ['Sjöqvist']],
    ['Malin och Nettan', ['Malin', 'Nettan']],
    ['Malin, Nettan & Lina', ['Malin', 'Nettan', 'Lina']],
    ['Processledarna', ['Processledarna']],
    ['kansliet', ['kansliet']],
    ['länsstyrgrupp och skolchefsnätverket', ['länsstyrgrupp', 'skolchefsnätverket']],
    ['the Chair', ['Chair']],
    ['@Karin', ['Karin']],
    ['Karin (ordförande)', ['Karin']],
  ])('%j', (phrase, expected) => {
    expect(resolve(phrase)).toEqual(expected);
  });

  it.each(['Vi', 'Alla', 'Statistik', 'Frågan', 'Karin och Statistik', 'Welcome', 'Bertil'])(
    'refuses %j',
    (phrase) => {
      expect(resolve(phrase)).toBeNull();
    },
  );

  describe('with initials, mentions and groups', () => {
    const committee = createAssigneeResolver([
      attendee('Jane Thompson'),
      attendee('Rachel Green'),
      attendee('Peter Walsh'),
      attendee('Laura Mitchell'),
      attendee('marta'),
    ]);

    it.each([
      ['RG', ['Rachel Green']],
      ['PW/LM', ['Peter Walsh', 'Laura Mitchell']],
      ['@marta', ['marta']],
      ['@devansh', ['devansh']],
      ['All module leaders', ['module leaders']],
      ['course leads', ['course leads']],
      ['trustees', ['trustees']],
    ])('%j', (phrase, expected) => {
      expect(committee(phrase)).toEqual(expected);
    });

    it.each(['XY', 'IT', 'Thanks to members', 'The new members', 'module'])('refuses %j', (phrase) => {
      expect(committee(phrase)).toBeNull();
    });
  });

  it('takes capitalised names when there is no attendee list', () => {
    const open = createAssigneeResolver([]);
    expect(open('Bertil Ek och Anna')).toEqual(['Bertil Ek', 'Anna']);
    expect(open('Welcome')).toBeNull();
  });
});
