import { minutesContent as m } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import { documentText } from './documentText.js';

describe('documentText', () => {
  it('has a line per block, with what people wrote in structured nodes', () => {
    const document = m.doc(
      m.meetingHeader({ title: 'Styrgrupp', date: '2026-02-24', room: 'Rum 3', startTime: '13:00' }),
      m.attendeeList(m.attendee('Lina Svensson', { role: 'Rektor', duty: 'chair' })),
      m.agendaItem('Budget', [
        m.paragraph('Vi gick igenom utfallet.'),
        m.decision('Budgeten godkänns.', { reservations: ['Osman'] }),
        m.actionItem('Ta fram ett förslag', { assignees: ['Lina'], due: 'nästa möte', status: 'open' }),
        m.bulletList('Punkt ett', 'Punkt två'),
      ]),
      m.paragraph(''),
      m.nextMeeting({ date: '2026-03-24', place: 'Stadshuset' }),
    );
    expect(documentText(document).split('\n')).toEqual([
      'Styrgrupp · 2026-02-24 · 13:00 · Rum 3',
      'Lina Svensson · Rektor',
      'Budget',
      'Vi gick igenom utfallet.',
      'Budgeten godkänns. · Osman',
      'Ta fram ett förslag · Lina · nästa möte',
      'Punkt ett',
      'Punkt två',
      '2026-03-24 · Stadshuset',
    ]);
  });

  it('leaves out ids, states and node types', () => {
    const text = documentText(m.doc(m.actionItem('Gör det', { id: 'abc-123', status: 'done' })));
    expect(text).toBe('Gör det');
  });

  it('reads a block again when the document holds a new one in its place', () => {
    const header = m.meetingHeader({ title: 'Styrgrupp' });
    const item = m.agendaItem('Budget', [m.paragraph('Utfallet.')]);
    expect(documentText(m.doc(header, item))).toBe('Styrgrupp\nBudget\nUtfallet.');
    const changed = m.agendaItem('Budget', [m.paragraph('Utfallet redovisades.')]);
    expect(documentText(m.doc(header, changed))).toBe('Styrgrupp\nBudget\nUtfallet redovisades.');
    expect(documentText(m.doc(changed, header))).toBe('Budget\nUtfallet redovisades.\nStyrgrupp');
  });
});
