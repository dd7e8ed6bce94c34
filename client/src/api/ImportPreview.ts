import type { Attendance, Duty } from '@minutes/shared';

/** A person as the import recognised them. */
export interface PreviewPerson {
  name: string;
  role: string | null;
  organisation: string | null;
  duty: Duty | null;
  attendance: Attendance;
}

/** What POST /api/imports/preview recognised in a file or pasted text (the server's JSON shape). */
export interface ImportPreview {
  title: string | null;
  date: string | null;
  series: string | null;
  time: string | null;
  place: string | null;
  attendees: PreviewPerson[];
  absent: PreviewPerson[];
  secretary: string | null;
  chair: string | null;
  verifiers: string[];
  agenda: Array<{ number: string | null; title: string }>;
  decisions: Array<{ text: string; agenda_item: string | null }>;
  actions: Array<{ text: string; assignees: string[]; due: string | null; agenda_item: string | null }>;
  tabled: Array<{ text: string; agenda_item: string | null }>;
  next_meeting: { date: string | null; time: string | null; place: string | null; text: string } | null;
}

/** Fills in what an older or newer server left out, so that the page can render any preview. */
export function completePreview(preview: Partial<ImportPreview>): ImportPreview {
  return {
    title: preview.title ?? null,
    date: preview.date ?? null,
    series: preview.series ?? null,
    time: preview.time ?? null,
    place: preview.place ?? null,
    attendees: preview.attendees ?? [],
    absent: preview.absent ?? [],
    secretary: preview.secretary ?? null,
    chair: preview.chair ?? null,
    verifiers: preview.verifiers ?? [],
    agenda: preview.agenda ?? [],
    decisions: preview.decisions ?? [],
    actions: (preview.actions ?? []).map((action) => ({ ...action, assignees: action.assignees ?? [] })),
    tabled: preview.tabled ?? [],
    next_meeting: preview.next_meeting ?? null,
  };
}
