import path from 'node:path';
import { type RecognisedAttendee, type RecognisedMinutes, recogniseMinutes } from '@minutes/shared/recognise';
import { readMinutesFile } from './readMinutesFile.js';

const FILE_DATE = /^(\d{4}-\d{2}-\d{2})/u;

/**
 * `minutes extract FILE`: what the recogniser finds in a .txt, .md or .docx file, as JSON text.
 * Throws an ExtractError with a clear message for a file it cannot read.
 */
export async function runExtract(file: string): Promise<string> {
  const { text, format } = await readMinutesFile(file);
  const referenceDate = FILE_DATE.exec(path.basename(file))?.[1];
  const minutes = recogniseMinutes(text, referenceDate ? { format, referenceDate } : { format });
  return `${JSON.stringify(toExtractJson(minutes), null, 2)}\n`;
}

/** The recognised minutes in the shape `score-extraction.mjs` reads, with the extra fields after it. */
export function toExtractJson(minutes: RecognisedMinutes) {
  const person = ({ name, role, organisation, duty }: RecognisedAttendee) => ({
    name,
    role,
    organisation,
    duty,
  });
  return {
    title: minutes.title,
    date: minutes.date,
    secretary: minutes.secretary,
    chair: minutes.chair,
    attendees: minutes.attendees.map(person),
    absent: minutes.absent.map(person),
    agenda: minutes.agenda.map(({ number, title }) => ({ number, title })),
    decisions: minutes.decisions.map(({ text, agendaItem }) => ({ text, agenda_item: agendaItem })),
    tabled: minutes.tabled.map(({ text, agendaItem }) => ({ text, agenda_item: agendaItem })),
    actions: minutes.actions.map(({ text, assignees, due, agendaItem }) => ({
      text,
      assignees,
      due,
      agenda_item: agendaItem,
    })),
    next_meeting: minutes.nextMeeting?.date ?? null,
    series: minutes.series,
    time: minutes.time,
    place: minutes.place,
    verifiers: minutes.verifiers,
    language: minutes.language,
    next_meeting_details: minutes.nextMeeting,
  };
}
