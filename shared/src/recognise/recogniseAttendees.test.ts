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
    [
      'titles before the names, initials after them',
      'Present: Professor Jane Thompson (JT) (Chair)\n    Dr Samuel Okoro (SO)\n    Ms Laura Mitchell (LM), Student Representative\nApologies: Dr Fiona McKay',
      ['Jane Thompson', 'Samuel Okoro', 'Laura Mitchell'],
    ],
    [
      'one person a line, some with a role and some without',
      'Närvarande:\nMats Wennberg, ordförande\nSanna Kjellberg, kassör\nAmira Hassan\nJörgen Pihl\n\nFrånvarande: Linda Grahn',
      ['Mats Wennberg', 'Sanna Kjellberg', 'Amira Hassan', 'Jörgen Pihl'],
    ],
    [
      'a form with its label in the first column',
      'Beslutande        Maria Lundqvist (S), ordförande\n                  Elin Sandberg (S)\nErsättare         Viktor Ström (S)',
      ['Maria Lundqvist', 'Elin Sandberg', 'Viktor Ström'],
    ],
    ['mentions', 'Attendees: @marta, @jbrooks, @yuki-t', ['marta', 'jbrooks', 'yuki-t']],
    [
      'a guest for one item',
      'Also attending: PC Tom Hardy (Neighbourhood Policing Team) for item 3',
      ['Tom Hardy'],
    ],
    [
      'a one-person line is not followed by a title',
      'Present:\nAnna Smith, Chair\nBob Jones, Treasurer\nFinance Report\nThe treasurer presented the accounts for the year to March.',
      ['Anna Smith', 'Bob Jones'],
    ],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads a table of those present', () => {
    const found = people(
      '| Present | Role |\n|---|---|\n| Gillian Marsh | Chair |\n| Tom Ashworth | Secretary |\n| Kwame Asante | Operations Manager |',
      true,
    );
    expect(found.attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Gillian Marsh', null],
      ['Tom Ashworth', null],
      ['Kwame Asante', 'Operations Manager'],
    ]);
    expect(found).toMatchObject({ chair: 'Gillian Marsh', secretary: 'Tom Ashworth' });
  });

  it('drops initials that only repeat the name', () => {
    expect(
      people('Present: Dr Rachel Green (RG)\n    Mr Peter Walsh (PW), Library Services').attendees,
    ).toMatchObject([
      { name: 'Rachel Green', organisation: null },
      { name: 'Peter Walsh', organisation: 'Library Services' },
    ]);
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
    [
      'a committee secretary',
      'In attendance: Mrs Claire Dobson (CD), Committee Secretary',
      { secretary: 'Claire Dobson' },
    ],
    ['a nämndsekreterare', 'Övriga deltagare: Tobias Lind, nämndsekreterare', { secretary: 'Tobias Lind' }],
    [
      'a signature line of dots',
      'Sekreterare       ..........................\nTobias Lind\nJusterande ..........................\nJonas Ekberg',
      { secretary: 'Tobias Lind', verifiers: ['Jonas Ekberg'] },
    ],
    [
      'a row of signature heads',
      'Vid protokollet          Justeras\n\nErik Dahlström           Mats Wennberg        Jörgen Pihl',
      { secretary: 'Erik Dahlström', verifiers: ['Mats Wennberg', 'Jörgen Pihl'] },
    ],
    ['notes by a mention', 'Attendees: @marta, @yuki-t\nNotes: @yuki-t', { secretary: 'yuki-t' }],
    ['an APT note taker', 'Närvarande: Karin, Linnéa\nAntecknade: Linnéa', { secretary: 'Linnéa' }],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toMatchObject(expected);
  });

  it.each([
    ['Frånvarande: Lars Persson', 'absent'],
    ['Anmält förhinder: Lars Persson', 'excused'],
    ['Apologies: Lars Persson', 'excused'],
    ['Borta: Lars Persson', 'absent'],
  ])('marks %j as %s', (text, attendance) => {
    expect(people(text).absent).toMatchObject([{ name: 'Lars Persson', attendance }]);
  });

  it('reads a mention as absent', () => {
    expect(people('Regrets: @olaf').absent).toMatchObject([{ name: 'olaf', attendance: 'excused' }]);
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
