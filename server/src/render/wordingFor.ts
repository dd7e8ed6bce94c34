import type { ActionItemStatus, Attendance, Duty } from '@minutes/shared';
import type { Lang } from './VersionContent.js';

/** Every word a rendered version shows, in one language. */
export interface Wording {
  lang: Lang;
  minutes: string;
  date: string;
  time: string;
  place: string;
  videoLink: string;
  version: string;
  finalised: string;
  by: string;
  verified: string;
  verification: string;
  notYetVerified: string;
  approved: string;
  changesRequested: string;
  attendees: string;
  name: string;
  roleAndOrganisation: string;
  attendance: string;
  attendanceOf: Record<Attendance, string>;
  dutyOf: Record<Duty, string>;
  presenter: string;
  tabled: string;
  decision: string;
  reservations: string;
  verifiedAtOnce: string;
  task: string;
  assignees: string;
  due: string;
  status: string;
  taskStatusOf: Record<ActionItemStatus, string>;
  nextMeeting: string;
  downloads: string;
  linkToDecision: string;
  linkToTask: string;
  maskedNote: string;
  pageOf: (page: number, pages: number) => string;
  /** "§ 3 Title" in Swedish, "3. Title" in English. */
  agendaHeading: (number: number, title: string) => string;
}

const SV: Wording = {
  lang: 'sv',
  minutes: 'Protokoll',
  date: 'Datum',
  time: 'Tid',
  place: 'Plats',
  videoLink: 'Videolänk',
  version: 'Version',
  finalised: 'Fastställd',
  by: 'av',
  verified: 'Justerade',
  verification: 'Justering',
  notYetVerified: 'Protokollet är inte justerat än.',
  approved: 'Godkänt',
  changesRequested: 'Ändring begärd',
  attendees: 'Deltagare',
  name: 'Namn',
  roleAndOrganisation: 'Roll och organisation',
  attendance: 'Närvaro',
  attendanceOf: {
    present: 'Närvarande',
    remote: 'På distans',
    absent: 'Frånvarande',
    excused: 'Anmält förhinder',
  },
  dutyOf: { chair: 'Ordförande', secretary: 'Sekreterare', verifier: 'Justerare' },
  presenter: 'Föredragande',
  tabled: 'Bordlagd',
  decision: 'Beslut',
  reservations: 'Reservation',
  verifiedAtOnce: 'Omedelbart justerad',
  task: 'Uppgift',
  assignees: 'Ansvarig',
  due: 'Klart',
  status: 'Status',
  taskStatusOf: { open: 'Öppen', done: 'Klar' },
  nextMeeting: 'Nästa möte',
  downloads: 'Ladda ned',
  linkToDecision: 'Länk till beslutet',
  linkToTask: 'Länk till uppgiften',
  maskedNote: 'Vissa uppgifter har maskerats i den här publicerade versionen.',
  pageOf: (page, pages) => `Sida ${page} av ${pages}`,
  agendaHeading: (number, title) => `§ ${number} ${title}`.trim(),
};

const EN: Wording = {
  lang: 'en',
  minutes: 'Minutes',
  date: 'Date',
  time: 'Time',
  place: 'Place',
  videoLink: 'Video link',
  version: 'Version',
  finalised: 'Finalised',
  by: 'by',
  verified: 'Verified',
  verification: 'Verification',
  notYetVerified: 'The minutes are not verified yet.',
  approved: 'Approved',
  changesRequested: 'Changes requested',
  attendees: 'Attendees',
  name: 'Name',
  roleAndOrganisation: 'Role and organisation',
  attendance: 'Attendance',
  attendanceOf: { present: 'Present', remote: 'Remote', absent: 'Absent', excused: 'Excused' },
  dutyOf: { chair: 'Chair', secretary: 'Secretary', verifier: 'Verifier' },
  presenter: 'Presenter',
  tabled: 'Tabled',
  decision: 'Decision',
  reservations: 'Reservation',
  verifiedAtOnce: 'Verified at once',
  task: 'Task',
  assignees: 'Assigned to',
  due: 'Due',
  status: 'Status',
  taskStatusOf: { open: 'Open', done: 'Done' },
  nextMeeting: 'Next meeting',
  downloads: 'Download',
  linkToDecision: 'Link to the decision',
  linkToTask: 'Link to the task',
  maskedNote: 'Some details have been masked in this published version.',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  agendaHeading: (number, title) => `${number}. ${title}`.trim(),
};

export function wordingFor(lang: Lang): Wording {
  return lang === 'en' ? EN : SV;
}
