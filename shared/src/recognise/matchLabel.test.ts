import { describe, expect, it } from 'vitest';
import { matchLabel } from './matchLabel.js';

describe('matchLabel', () => {
  it.each([
    ['Närvarande: Anna, Bo', 'present', 'Anna, Bo'],
    ['Beslutande: Maria Lundqvist (S)', 'present', 'Maria Lundqvist (S)'],
    ['Ersättare: Viktor Ström (S)', 'present', 'Viktor Ström (S)'],
    ['Borta: Sofie, Petra', 'absent', 'Sofie, Petra'],
    ['Antecknade: Linnéa', 'secretary', 'Linnéa'],
    ['Utses att justera: Jonas Ekberg', 'verifiers', 'Jonas Ekberg'],
    ['Plats och tid: Kommunhuset, kl. 13.30', 'date', 'Kommunhuset, kl. 13.30'],
    ['Ansvarig: Johan S', 'owner', 'Johan S'],
    ['Owner: Alice', 'owner', 'Alice'],
    ['Klart till: 20/10', 'due', '20/10'],
    ['Due: next meeting.', 'due', 'next meeting.'],
    ['Nästa APT: 4/11 kl 15.15', 'nextMeeting', '4/11 kl 15.15'],
    ['Nästa styrgruppsmöte: 9 oktober', 'nextMeeting', '9 oktober'],
    ['Next steering call: 3 June', 'nextMeeting', '3 June'],
    ['Next steps:', 'actions', ''],
    ['Paragrafer: §§ 12–18', 'other', '§§ 12–18'],
    ['Expedieras till', 'other', ''],
    ['DATE OF NEXT MEETING', 'nextMeeting', ''],
    ['Present (5): alice, bob', 'present', 'alice, bob'],
    ['Närvarande (8 st): Anna, Bo', 'present', 'Anna, Bo'],
    ['Uppdrag: Per bokar lokalen', 'actions', 'Per bokar lokalen'],
    ['Sekreterare ..........', 'secretary', '..........'],
  ])('%j', (text, field, rest) => {
    expect(matchLabel(text)).toMatchObject({ field, rest });
  });

  it.each([
    ['Action (HB): circulate the policy', 'actions', 'circulate the policy', 'HB'],
    [
      'Resolution 2025/14: The Board approved the policy.',
      'decisions',
      'The Board approved the policy.',
      undefined,
    ],
    ['ACTION 4.3: RG to circulate a slide', 'actions', 'RG to circulate a slide', undefined],
  ])('a numbered or annotated label: %j', (text, field, rest, note) => {
    expect(matchLabel(text)).toEqual(note ? { field, rest, note } : { field, rest });
  });

  it.each([
    'Justering sker den 25 mars.',
    'Due to illness the item was moved.',
    'Ansvariga chefer träffas.',
    'Tid 18:30–20:00',
  ])('no label in %j', (text) => {
    expect(matchLabel(text)).toBeNull();
  });
});
