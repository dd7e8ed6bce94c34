import { documentSchema, extractMinutes, minutesContent as m } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import type { VersionContent } from './VersionContent.js';

/** Ids fixed so that tests can look for anchors. */
export const IDS = {
  decisionScope: 'd1a2b3c4-0000-4000-8000-000000000001',
  decisionParents: 'd1a2b3c4-0000-4000-8000-000000000002',
  taskNetwork: 'a1a2b3c4-0000-4000-8000-000000000001',
  taskProposal: 'a1a2b3c4-0000-4000-8000-000000000002',
  taskFeedback: 'a1a2b3c4-0000-4000-8000-000000000003',
} as const;

/** A steering group's minutes (after fixtures/minutes/2026-02-24-styrgrupp.txt), in the minutes schema. */
export function sampleDocument(): JSONContent {
  return m.doc(
    m.meetingHeader({
      series: 'Tillsammans för barnens bästa',
      title: 'Minnesanteckningar Styrgruppsmöte',
      date: '2026-02-24',
      startTime: '13:00',
      endTime: '15:00',
      room: 'Stadshuset, rum Mälaren',
      videoLink: 'https://meet.example.se/styrgrupp',
    }),
    m.attendeeList(
      m.attendee('Karin Dahlqvist Claesson', {
        role: 'Enhetschef',
        organisation: 'Länsgemensam regional stöd',
        duty: 'chair',
      }),
      m.attendee('Malin Sjöqvist', {
        role: 'Processledare',
        organisation: 'Länsgemensam regional stöd',
        duty: 'secretary',
      }),
      m.attendee('Johan Lindeberg', {
        role: 'Skolchef',
        organisation: 'Katrineholms kommun',
        attendance: 'remote',
      }),
      m.attendee('Marita Encke Dahlin', {
        role: 'Utbildningschef',
        organisation: 'Oxelösunds kommun',
        duty: 'verifier',
      }),
      m.attendee('Ester te Poele', { role: 'Barnhälsovårdsöverläkare', organisation: 'Region Sörmland' }),
      m.attendee('Osman Aytar', { role: 'Docent i socialt arbete', organisation: 'FoU i Sörmland' }),
      m.attendee('Lina Larsson', { role: 'Forskningsledare', organisation: 'FoU i Sörmland' }),
      m.attendee('Jennie Nimborg', { attendance: 'excused' }),
    ),
    m.agendaItem('Ny styrgruppsdeltagare', [
      m.paragraph(
        'Esther te Poele hälsades välkommen som ny deltagare i styrgruppen. Hon ersätter Jennie Nimborg.',
      ),
    ]),
    m.agendaItem(
      'Statusrapport',
      [m.paragraph('Implementeringen pågår i länet och arbetet fortsätter enligt plan.')],
      { presenter: 'Malin Sjöqvist' },
    ),
    m.agendaItem('Fortsättning NPF-delprojektet', [
      m.paragraph('Dialogen tog sin utgångspunkt i samlade slutsatser och rekommendationer från:'),
      m.bulletList('NPF-delprojektet', 'SOU om elevhälsa', 'Workshop med arbetsgrupp NPF'),
      m.decision('Frågorna hanteras inom ramen för Tillsammans för barnens bästa.', {
        id: IDS.decisionScope,
        reservations: ['Johan Lindeberg'],
      }),
      {
        ...m.decision('Styrgruppen enades om att skala upp föräldrastödet där det finns evidens.', {
          id: IDS.decisionParents,
        }),
        attrs: {
          id: IDS.decisionParents,
          reservations: [],
          verifiedBy: 'Karin Dahlqvist Claesson',
          verifiedAt: '2026-02-24T13:05:00Z',
        },
      },
      m.actionItem('Johan och Marita tar med frågan till nästa skolchefsnätverksmöte.', {
        id: IDS.taskNetwork,
        assignees: ['Johan Lindeberg', 'Marita Encke Dahlin'],
        due: '2026-03-13',
      }),
      m.actionItem('Lina och Osman tar fram ett förslag till nästa möte.', {
        id: IDS.taskProposal,
        assignees: ['Lina Larsson', 'Osman Aytar'],
        due: 'nästa styrgruppsmöte',
      }),
      m.actionItem('Återkoppling ges om flödesförändringen på BUP.', {
        id: IDS.taskFeedback,
        assignees: ['Malin Sjöqvist'],
        due: 'efter sommaren',
        status: 'done',
      }),
    ]),
    m.agendaItem('Följeforskning', [m.paragraph('Bordläggs till mötet i april.')], { status: 'tabled' }),
    m.nextMeeting({ date: '2026-04-28', time: '13:00–15:00', place: 'Region Sörmland, Nyköping' }),
  );
}

/** A finalised, verified version of the sample document. */
export function sampleVersion(overrides: Partial<VersionContent> = {}): VersionContent {
  const document = overrides.document ?? sampleDocument();
  return {
    meeting: { id: 'styrgrupp-2026-02-24', title: 'Styrgruppsmöte', date: '2026-02-24' },
    version: {
      number: 2,
      finalisedAt: '2026-02-24T14:30:00Z',
      finalisedBy: 'Malin Sjöqvist',
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    },
    document,
    minutes:
      overrides.minutes ??
      extractMinutes(documentSchema().nodeFromJSON(document), { meetingDate: '2026-02-24' }),
    approvals: [
      { name: 'Karin Dahlqvist Claesson', verdict: 'approved', comment: null, at: '2026-02-25T08:12:00Z' },
      { name: 'Marita Encke Dahlin', verdict: 'approved', comment: null, at: '2026-02-26T09:40:00Z' },
    ],
    verified: true,
    lang: 'sv',
    ...overrides,
  };
}
