import { describe, expect, it } from 'vitest';
import { markdownLines } from './markdownLines.js';
import { normaliseLines } from './normaliseLines.js';
import { recogniseAttendees } from './recogniseAttendees.js';

const people = (text: string, markdown = false) =>
  recogniseAttendees(markdown ? markdownLines(text) : normaliseLines(text));
const names = (text: string, markdown = false) =>
  people(text, markdown).attendees.map((person) => person.name);

describe('recogniseAttendees', () => {
  it.each([
    [
      'a comma list on the label line',
      'Närvarande: Nettan, Malin, Karin och Osman',
      ['Nettan', 'Malin', 'Karin', 'Osman'],
    ],
    [
      'a comma list wrapped in mid-name',
      `Närvarande\n\nNettan Candolf, Malin Sjöqvist, Karin Dahlqvist Claesson, Elisabeth Kantor, Marita \n\nEncke Dahlin, Lina larsson\n\nStatusrapport\n\nEn genomgång ges.`,
      [
        'Nettan Candolf',
        'Malin Sjöqvist',
        'Karin Dahlqvist Claesson',
        'Elisabeth Kantor',
        'Marita Encke Dahlin',
        'Lina larsson',
      ],
    ],
    [
      'one person a line, with role and organisation',
      'Närvarande:\nKarin Dahlqvist Claesson, Enhetschef, Regional stöd, Ordförande\nJohan Lindeberg, Skolchef, Katrineholms kommun\n\nNy styrgruppsdeltagare\nEster hälsades välkommen som ny deltagare.',
      ['Karin Dahlqvist Claesson', 'Johan Lindeberg'],
    ],
    [
      'English, with roles in parentheses',
      'Present: Jane Smith (Chair), John Doe (Treasurer), Ann Lee',
      ['Jane Smith', 'John Doe', 'Ann Lee'],
    ],
    [
      'a bullet list under a heading',
      'Deltagare\n- Jenny Forsberg, IT-strateg\n- Mikael Ström, rektor\n\nFörhinder: Hanna Olsson',
      ['Jenny Forsberg', 'Mikael Ström'],
    ],
    [
      'one name a line',
      'Present:\nAlice Brown\nBob Lee\n\nWelcome\nThe chair opened the meeting at 7 pm and welcomed everyone.',
      ['Alice Brown', 'Bob Lee'],
    ],
    [
      'guests as well as members',
      'Present: Anna Berg, Per Ek\nAdjungerad: Eva Nord, förvaltare, Riksbyggen',
      ['Anna Berg', 'Per Ek', 'Eva Nord'],
    ],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads bold names with their organisation after them', () => {
    const found = people(
      '**Närvarande:** **Agneta Arvidsson**, Vingåker **Johan  \nLindeberg**, Katrineholm kommun\n\n**Nettan Candolf**, Region Sörmland\n\n**Ej närvarande:** **Lina Axelsson Kihlblom**, Eskilstuna',
      true,
    );
    expect(found.attendees.map(({ name, organisation }) => [name, organisation])).toEqual([
      ['Agneta Arvidsson', 'Vingåker'],
      ['Johan Lindeberg', 'Katrineholm kommun'],
      ['Nettan Candolf', 'Region Sörmland'],
    ]);
    expect(found.absent.map((person) => person.name)).toEqual(['Lina Axelsson Kihlblom']);
  });

  it.each([
    [
      'a chair marked inline',
      'Närvarande:\nKarin Claesson, Enhetschef, Ordförande\nMalin Sjöqvist, Processledare',
      { chair: 'Karin Claesson', secretary: null },
    ],
    [
      'duties in parentheses',
      'Närvarande: Anna Berg (ordf.), Per Ek (sekr.), Lisa Ström',
      { chair: 'Anna Berg', secretary: 'Per Ek' },
    ],
    [
      'labelled duties',
      'Present: Alice, Bob\nChair: Alice\nScribe: Bob',
      { chair: 'Alice', secretary: 'Bob' },
    ],
    [
      'a signature block',
      'Vid protokollet\nPer Ek\nJusteras\nAnna Berg',
      { secretary: 'Per Ek', verifiers: ['Anna Berg'] },
    ],
    [
      'a vice chair is not the chair',
      'Närvarande: Gunnar Alm (vice ordförande), Maria Eriksson',
      { chair: null },
    ],
    ['a recording secretary', 'Staff: Amy Walsh (Recording Secretary)', { secretary: 'Amy Walsh' }],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toMatchObject(expected);
  });

  it.each([
    ['Frånvarande: Lars Persson', 'absent'],
    ['Anmält förhinder: Lars Persson', 'excused'],
    ['Apologies: Lars Persson', 'excused'],
  ])('marks %j as %s', (text, attendance) => {
    expect(people(text).absent).toMatchObject([{ name: 'Lars Persson', attendance }]);
  });

  it('marks people who joined remotely', () => {
    expect(
      people('Närvarande: Ahmed Yusuf (via Teams), Maria Eriksson').attendees.map((p) => p.attendance),
    ).toEqual(['remote', 'present']);
  });

  it('finds no one in prose', () => {
    expect(people('Karin är ny ordförande i styrgruppen och Titti kliver av.')).toMatchObject({
      attendees: [],
      chair: null,
    });
  });
});
