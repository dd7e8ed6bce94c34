import type {
  Minutes,
  MinutesAction,
  MinutesAgendaItem,
  MinutesAttendee,
  MinutesDecision,
  MinutesNextMeeting,
} from '@minutes/shared';

/** The meeting's own row of stored minutes. */
export interface MinutesRow {
  series: string | null;
  title: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  room: string | null;
  videoLink: string | null;
  nextMeeting: MinutesNextMeeting | null;
}

/** Minutes as stored rows hold them: everyone listed, in order, and the parts derived from them. */
export function minutesFromRows(
  row: MinutesRow,
  people: MinutesAttendee[],
  agenda: MinutesAgendaItem[],
  decisions: MinutesDecision[],
  actions: MinutesAction[],
): Minutes {
  const attendees = people.filter((p) => p.attendance === 'present' || p.attendance === 'remote');
  return {
    series: row.series,
    title: row.title,
    date: row.date,
    startTime: row.startTime,
    endTime: row.endTime,
    room: row.room,
    videoLink: row.videoLink,
    attendees,
    absent: people.filter((p) => !attendees.includes(p)),
    secretary: people.find((p) => p.duty === 'secretary')?.name ?? null,
    chair: people.find((p) => p.duty === 'chair')?.name ?? null,
    verifiers: people.filter((p) => p.duty === 'verifier').map((p) => p.name),
    agenda,
    decisions,
    actions,
    tabled: agenda
      .filter((item) => item.status === 'tabled')
      .map((item) => ({ agendaItemId: item.id, agendaItemNumber: item.number, text: item.title })),
    next_meeting: row.nextMeeting,
  };
}
