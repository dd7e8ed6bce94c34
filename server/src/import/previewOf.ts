import type { RecognisedAttendee, RecognisedMinutes } from '@minutes/shared/recognise';

/** What an import will create, as the import page shows it before the meeting is made. */
export function previewOf(minutes: RecognisedMinutes) {
  const person = ({ name, role, organisation, duty, attendance }: RecognisedAttendee) => ({
    name,
    role,
    organisation,
    duty,
    attendance,
  });
  return {
    title: minutes.title,
    date: minutes.date,
    series: minutes.series,
    time: minutes.time,
    place: minutes.place,
    attendees: minutes.attendees.map(person),
    absent: minutes.absent.map(person),
    secretary: minutes.secretary,
    chair: minutes.chair,
    verifiers: minutes.verifiers,
    agenda: minutes.agenda.map(({ number, title }) => ({ number, title })),
    decisions: minutes.decisions.map(({ text, agendaItem }) => ({ text, agenda_item: agendaItem })),
    actions: minutes.actions.map(({ text, assignees, due, agendaItem }) => ({
      text,
      assignees,
      due,
      agenda_item: agendaItem,
    })),
    tabled: minutes.tabled.map(({ text, agendaItem }) => ({ text, agenda_item: agendaItem })),
    next_meeting: minutes.nextMeeting,
  };
}
