export type MinutesFormat = 'text' | 'markdown';
export type MinutesLanguage = 'sv' | 'en';

export interface RecogniseOptions {
  format: MinutesFormat;
  /** The meeting's date (YYYY-MM-DD) when known from elsewhere; the date in the text wins. */
  referenceDate?: string;
}

export interface RecognisedAttendee {
  name: string;
  role: string | null;
  organisation: string | null;
  duty: 'chair' | 'secretary' | 'verifier' | null;
  attendance: 'present' | 'remote' | 'absent' | 'excused';
}

export interface RecognisedAgendaItem {
  /** As written: "3", "§ 4", or null for an unnumbered heading. */
  number: string | null;
  title: string;
}

export interface RecognisedDecision {
  text: string;
  agendaItem: string | null;
}

export interface RecognisedTabledItem {
  text: string;
  agendaItem: string | null;
}

export interface RecognisedAction {
  text: string;
  /** As written: names, first names or groups ("Processledarna"). */
  assignees: string[];
  /** YYYY-MM-DD when it resolves to a day, else the phrase as written ("nästa styrgruppsmöte", "augusti"). */
  due: string | null;
  agendaItem: string | null;
}

export interface RecognisedNextMeeting {
  /** YYYY-MM-DD, or null when only a phrase was found. */
  date: string | null;
  time: string | null;
  place: string | null;
  text: string;
}

/** What the recogniser found in minutes written as plain text or Markdown. */
export interface RecognisedMinutes {
  language: MinutesLanguage;
  series: string | null;
  title: string | null;
  date: string | null;
  time: string | null;
  place: string | null;
  attendees: RecognisedAttendee[];
  absent: RecognisedAttendee[];
  secretary: string | null;
  chair: string | null;
  verifiers: string[];
  agenda: RecognisedAgendaItem[];
  decisions: RecognisedDecision[];
  tabled: RecognisedTabledItem[];
  actions: RecognisedAction[];
  nextMeeting: RecognisedNextMeeting | null;
}
