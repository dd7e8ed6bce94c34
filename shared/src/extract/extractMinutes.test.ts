import { describe, expect, it } from 'vitest';
import { minutesContent as m } from '../minutesContent.js';
import { minutesSchema } from '../minutesSchema.js';
import { extractMinutes } from './extractMinutes.js';

const schema = minutesSchema();
const build = (...blocks: Parameters<typeof m.doc>) => schema.nodeFromJSON(m.doc(...blocks));
const extract = (...blocks: Parameters<typeof m.doc>) =>
  extractMinutes(build(...blocks), { meetingDate: '2026-02-24' });

describe('extractMinutes', () => {
  it('reads the header, falling back to the meeting date', () => {
    expect(extract(m.paragraph('Inget huvud')).date).toBe('2026-02-24');
    const minutes = extract(
      m.meetingHeader({
        series: 'Tillsammans för barnens bästa',
        title: 'Styrgruppsmöte',
        date: '2026-04-28',
        startTime: '13:00',
        endTime: '15:00',
        room: 'Kommunhuset',
        videoLink: 'https://meet.example/abc',
      }),
    );
    expect(minutes).toMatchObject({
      series: 'Tillsammans för barnens bästa',
      title: 'Styrgruppsmöte',
      date: '2026-04-28',
      startTime: '13:00',
      endTime: '15:00',
      room: 'Kommunhuset',
      videoLink: 'https://meet.example/abc',
    });
  });

  const attendanceCases: Array<
    [string, 'present' | 'remote' | 'absent' | 'excused', 'attendees' | 'absent']
  > = [
    ['present', 'present', 'attendees'],
    ['remote', 'remote', 'attendees'],
    ['absent', 'absent', 'absent'],
    ['excused', 'excused', 'absent'],
  ];
  it.each(attendanceCases)('counts an attendee who is %s among %s', (_label, attendance, list) => {
    const minutes = extract(
      m.attendeeList(
        m.attendee('Lina Larsson', { attendance, role: 'Forskningsledare', organisation: 'FoU i Sörmland' }),
      ),
    );
    expect(minutes[list].map((a) => [a.name, a.role, a.organisation, a.attendance])).toEqual([
      ['Lina Larsson', 'Forskningsledare', 'FoU i Sörmland', attendance],
    ]);
  });

  it('names the secretary, the chair and the verifiers, and skips rows without a name', () => {
    const minutes = extract(
      m.attendeeList(
        m.attendee('Karin Dahlqvist Claesson', { duty: 'chair' }),
        m.attendee('Pernilla Norrbin', { duty: 'secretary' }),
        m.attendee('Johan Lindeberg', { duty: 'verifier' }),
        m.attendee('Marita Encke Dahlin', { duty: 'verifier', attendance: 'remote' }),
        m.attendee('   '),
      ),
    );
    expect(minutes.chair).toBe('Karin Dahlqvist Claesson');
    expect(minutes.secretary).toBe('Pernilla Norrbin');
    expect(minutes.verifiers).toEqual(['Johan Lindeberg', 'Marita Encke Dahlin']);
    expect(minutes.attendees).toHaveLength(4);
  });

  it('numbers the agenda and places decisions and tasks in their item', () => {
    const minutes = extract(
      m.agendaItem(
        'Ansvar för hjälpmedel',
        [m.paragraph('Utvärdering.'), m.decision('Godkänner uppdaterad överenskommelse.')],
        { presenter: 'Katarina' },
      ),
      m.agendaItem('SAMS', [
        m.bulletList('Samverkan är avgörande.'),
        m.actionItem('Ta fram ett förslag', { assignees: ['Lina', 'Osman'], due: '2026-06-02' }),
        m.decision('Frågan lyfts till SKR.', { reservations: ['Johan Lindeberg'] }),
      ]),
    );
    expect(minutes.agenda.map((item) => [item.number, item.title, item.presenter, item.status])).toEqual([
      [1, 'Ansvar för hjälpmedel', 'Katarina', 'open'],
      [2, 'SAMS', null, 'open'],
    ]);
    expect(
      minutes.decisions.map((d) => [d.text, d.agendaItemNumber, d.agendaItemTitle, d.reservations]),
    ).toEqual([
      ['Godkänner uppdaterad överenskommelse.', 1, 'Ansvar för hjälpmedel', []],
      ['Frågan lyfts till SKR.', 2, 'SAMS', ['Johan Lindeberg']],
    ]);
    expect(minutes.actions).toMatchObject([
      {
        text: 'Ta fram ett förslag',
        assignees: ['Lina', 'Osman'],
        due: '2026-06-02',
        dueDate: '2026-06-02',
        status: 'open',
        agendaItemNumber: 2,
      },
    ]);
  });

  it('lists tabled agenda items', () => {
    const minutes = extract(
      m.agendaItem('Statusrapport'),
      m.agendaItem('Följeforskning', [m.paragraph('Bordläggs till mötet i februari.')], { status: 'tabled' }),
    );
    expect(minutes.tabled).toEqual([
      { agendaItemId: expect.any(String), agendaItemNumber: 2, text: 'Följeforskning' },
    ]);
  });

  it('resolves a task due at the next meeting to its date once the next meeting is set', () => {
    const task = m.actionItem('Återkoppling ges', { due: 'nästa styrgruppsmöte' });
    expect(extract(m.agendaItem('Punkt', [task])).actions[0]?.dueDate).toBeNull();
    const minutes = extract(
      m.agendaItem('Punkt', [task]),
      m.nextMeeting({ date: '2026-10-09', time: '13:00', place: 'Nyköping' }),
    );
    expect(minutes.actions[0]).toMatchObject({ due: 'nästa styrgruppsmöte', dueDate: '2026-10-09' });
    expect(minutes.next_meeting).toMatchObject({ date: '2026-10-09', time: '13:00', place: 'Nyköping' });
  });

  it('keeps decisions and tasks written outside any agenda item, and ignores empty ones', () => {
    const minutes = extract(
      m.decision('Mötet öppnas.'),
      m.decision(''),
      m.actionItem('  '),
      m.actionItem('Skicka ut protokollet', { status: 'done' }),
    );
    expect(minutes.decisions.map((d) => [d.text, d.agendaItemNumber])).toEqual([['Mötet öppnas.', null]]);
    expect(minutes.actions.map((a) => [a.text, a.status, a.agendaItemId])).toEqual([
      ['Skicka ut protokollet', 'done', null],
    ]);
  });

  it('reads a 300-item agenda completely', () => {
    const items = Array.from({ length: 300 }, (_, i) =>
      m.agendaItem(`Punkt ${i + 1}`, [
        m.paragraph('Diskussion.'),
        m.decision(`Beslut ${i + 1}`),
        m.actionItem(`Uppgift ${i + 1}`, { assignees: ['Lina'] }),
      ]),
    );
    const minutes = extract(...items);
    expect(minutes.agenda).toHaveLength(300);
    expect(minutes.decisions.at(-1)).toMatchObject({ text: 'Beslut 300', agendaItemNumber: 300 });
    expect(minutes.actions).toHaveLength(300);
  });

  it('reads an unchanged item node the same wherever it stands, and gives out copies', () => {
    const budget = schema.nodeFromJSON(
      m.agendaItem('Budget', [
        m.decision('Budgeten fastställs.', { reservations: ['Osman'] }),
        m.actionItem('Skicka budgeten', { assignees: ['Lina'], due: 'nästa möte' }),
      ]),
    );
    const other = schema.nodeFromJSON(m.agendaItem('Övrigt', [m.paragraph('Inget.')]));
    const next = schema.nodeFromJSON(m.nextMeeting({ date: '2026-12-01' }));
    const first = extractMinutes(schema.topNodeType.create(null, [budget]), { meetingDate: null });
    // Changing what came out changes nothing that is read next.
    first.decisions[0]?.reservations.push('Per');
    first.actions[0]?.assignees.push('Per');
    if (first.actions[0]) first.actions[0].dueDate = '1999-01-01';
    const second = extractMinutes(schema.topNodeType.create(null, [other, budget, next]), {
      meetingDate: null,
    });
    expect(second.agenda.map((item) => [item.number, item.title])).toEqual([
      [1, 'Övrigt'],
      [2, 'Budget'],
    ]);
    expect(second.decisions).toEqual([
      {
        id: budget.child(1).attrs.id,
        text: 'Budgeten fastställs.',
        reservations: ['Osman'],
        agendaItemId: budget.attrs.id,
        agendaItemNumber: 2,
        agendaItemTitle: 'Budget',
      },
    ]);
    expect(second.actions[0]).toMatchObject({
      assignees: ['Lina'],
      agendaItemNumber: 2,
      dueDate: '2026-12-01',
    });
    // The same node in a document without a next meeting has no due date.
    const third = extractMinutes(schema.topNodeType.create(null, [budget]), { meetingDate: null });
    expect(third.actions[0]).toMatchObject({ agendaItemNumber: 1, dueDate: null });
  });
});
