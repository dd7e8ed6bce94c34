import { minutesContent as m } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from './diffDocuments.js';
import { documentLines } from './documentLines.js';
import { IDS, sampleDocument } from './sampleVersion.fixture.js';

describe('documentLines', () => {
  it('reads the document as one line per block, with its labels', () => {
    const lines = documentLines(sampleDocument(), 'sv');
    expect(lines).toContain('Deltagare: Johan Lindeberg, Skolchef, Katrineholms kommun (På distans)');
    expect(lines).toContain('§ 2 Statusrapport (Föredragande: Malin Sjöqvist)');
    expect(lines).toContain('• SOU om elevhälsa');
    expect(lines).toContain(
      'Beslut: Frågorna hanteras inom ramen för Tillsammans för barnens bästa. (Reservation: Johan Lindeberg)',
    );
    expect(lines).toContain(
      'Uppgift: Lina och Osman tar fram ett förslag till nästa möte. (Ansvarig: Lina Larsson, Osman Aytar; Klart: nästa styrgruppsmöte; Status: Öppen)',
    );
    expect(lines).toContain('§ 4 Följeforskning (Bordlagd)');
    expect(lines.at(-1)).toBe('Nästa möte: 28 april 2026, 13.00–15.00, Region Sörmland, Nyköping');
  });

  it('uses English labels for an English version', () => {
    expect(documentLines(m.doc(m.agendaItem('Budget', [m.decision('Approved.')])), 'en')).toEqual([
      '1. Budget',
      'Decision: Approved.',
    ]);
  });
});

describe('diffDocuments', () => {
  it('shows a changed decision as removed and added, and the rest as the same', () => {
    const before = sampleDocument();
    const after = structuredClone(before);
    const decision = JSON.stringify(after).replace(
      'Frågorna hanteras inom ramen för Tillsammans för barnens bästa.',
      'Frågorna hanteras inom ramen för samverkansmodellen.',
    );
    const diff = diffDocuments(before, JSON.parse(decision), 'sv');
    const changed = diff.filter((line) => line.kind !== 'same');
    expect(changed).toEqual([
      {
        kind: 'removed',
        text: 'Beslut: Frågorna hanteras inom ramen för Tillsammans för barnens bästa. (Reservation: Johan Lindeberg)',
      },
      {
        kind: 'added',
        text: 'Beslut: Frågorna hanteras inom ramen för samverkansmodellen. (Reservation: Johan Lindeberg)',
      },
    ]);
    expect(diff).toContainEqual({ kind: 'same', text: '§ 3 Fortsättning NPF-delprojektet' });
    expect(diff.map((line) => line.text)).not.toContain(IDS.decisionScope);
  });

  it('shows an added task as added and nothing else changed', () => {
    const before = m.doc(m.agendaItem('Budget', [m.paragraph('Diskussion.')]));
    const after = m.doc(
      m.agendaItem('Budget', [
        m.paragraph('Diskussion.'),
        m.actionItem('Osman ringer.', { assignees: ['Osman Aytar'] }),
      ]),
    );
    expect(diffDocuments(before, after, 'sv')).toEqual([
      { kind: 'same', text: '§ 1 Budget' },
      { kind: 'same', text: 'Diskussion.' },
      { kind: 'added', text: 'Uppgift: Osman ringer. (Ansvarig: Osman Aytar; Status: Öppen)' },
    ]);
  });
});
