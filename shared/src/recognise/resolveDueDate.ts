import { addDays, type CalendarDate, daysBetween, nextYear, parseDate } from './calendarDate.js';
import { findDates } from './findDates.js';
import type { MinutesLanguage } from './RecognisedMinutes.js';
import { wordBoundaries } from './wordBoundaries.js';

export interface DueDateContext {
  meetingDate: string | null;
  nextMeetingDate: string | null;
  language: MinutesLanguage;
  /** Words of the meeting's title and series: "till nästa ledningsgrupp" in the ledningsgrupp's minutes is its next meeting. */
  meetingWords?: readonly string[];
}

const DUE_LEAD = wordBoundaries(
  /(?:\b(?:by|before|until|till|due|deadline|senast|före|innan|inför|den|on|per|klart|färdigt)\s*:?\s*(?:the\s+)?(?:den\s+)?$)/iu,
);
const MEETING = wordBoundaries(
  /(?:\b(?:till|vid|på|inför|före|innan|under|by|before|at|for|until|to|in|back)\s+|\b(?:due|klart till|klart)\s*:?\s+)((?:the\s+)?(?:nästa|kommande|närmaste|next|upcoming|following)\s+(?:gång|[\p{L}-]*?(?:möte|mötet|sammanträde|sammanträdet|träff|träffen|avstämning|avstämningen|apt|meeting|call|session|teleconference|telecon|sync|check-in|catch-up)|[\p{L}-]+\s+(?:meeting|call|session|sync)))(?![\p{L}])/iu,
);
const GENERIC_MEETING =
  /^(?:the\s+)?(?:nästa|kommande|närmaste|next|upcoming|following)\s+(?:gång|apt|möte|mötet|sammanträde|sammanträdet|träff|träffen|avstämning|avstämningen|meeting|call|session|teleconference|telecon|sync|check-in|catch-up)$/iu;
const UPCOMING = wordBoundaries(
  /\b(?:till|vid|på|i|inför|före|innan|by|before|at|for|until|in)\s+((?:the\s+)?(?:nästa|kommande|next|upcoming)\s+[\p{L}-]{3,})/iu,
);
const MONTH_NUMBER: Record<string, number> = {
  januari: 1,
  january: 1,
  februari: 2,
  february: 2,
  mars: 3,
  march: 3,
  april: 4,
  maj: 5,
  may: 5,
  juni: 6,
  june: 6,
  juli: 7,
  july: 7,
  augusti: 8,
  august: 8,
  september: 9,
  oktober: 10,
  october: 10,
  november: 11,
  december: 12,
};
const MONTH_LIST = Object.keys(MONTH_NUMBER).join('|');
const MONTH_MEETING = wordBoundaries(
  new RegExp(
    `\\b(?:the\\s+)?(${MONTH_LIST})\\s+(?:board\\s+meeting|board|committee|meeting|call|session|sync)\\b|\\b(?:mötet|sammanträdet|styrelsemötet)\\s+i\\s+(${MONTH_LIST})\\b`,
    'iu',
  ),
);
const SEASON = wordBoundaries(
  /\b(?:under|i|till|in|by|during|före|innan|before)\s+((?:(?:början|slutet|mitten)\s+av\s+)?(?:hösten|våren|sommaren|vintern|höst|vår|sommar|vinter|spring|summer|autumn|fall|winter|årsskiftet|året|höstlovet|sportlovet|jullovet|påsklovet|sommarlovet|sommaruppehållet|juluppehållet|uppehållet|semestern|semestrarna|midsommar|jul|julen|påsk|påsken|nyår|terminsstart|terminsslutet|läsårsstart|vårterminen|höstterminen|christmas|easter|the summer break|the holidays|end of (?:the )?(?:year|month|week|quarter))(?:\s+\d{4})?)(?![\p{L}])/iu,
);
const RELATIVE = wordBoundaries(
  /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?|this\s+|next\s+)(?:week|month|quarter|year|term)\b|\b(?:denna|nästa|den här|kommande)\s+(?:vecka|månad|termin)\b|\bi\s+(?:veckan|månaden|slutet av (?:månaden|veckan|året|terminen))\b/iu,
);
const START_OF = wordBoundaries(
  /\b(?:before|by|until|till|innan|före|inför)\s+((?:the\s+)?(?:start|beginning|end|starten|början|slutet)\s+(?:of|av|på)\s+[^,.;:()]{2,40}?)(?=[,.;:()]|$)/iu,
);
const END_OF = wordBoundaries(
  /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(this|next)?\s*(month|week)|(?:i\s+)?slutet\s+av\s+(?:(nästa)\s+)?(månaden|veckan|månad|vecka)|(månadsskiftet))\b/iu,
);
/** "v. 40", "vecka 12", "week 23": a week number, kept as written. */
const WEEK_NUMBER = wordBoundaries(
  /\b(?:v\.|v|vecka|veckan|vnr|week|wk)\s*(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\b/iu,
);
const URGENT = wordBoundaries(
  /\b(snarast(?: möjligt)?|omgående|asap|as soon as possible|löpande|ongoing)\b/iu,
);

/** "nästa ledningsgrupp" in minutes titled "Ledningsgruppen …": the group's own next meeting. */
function ownMeeting(phrase: string, meetingWords: readonly string[]): boolean {
  const word = /^(?:nästa|kommande|närmaste|next|upcoming|following)\s+([\p{L}-]{5,})$/iu
    .exec(phrase)?.[1]
    ?.toLowerCase();
  if (!word) return false;
  return meetingWords.some((own) => own.length >= 5 && (own.startsWith(word) || word.startsWith(own)));
}

/** "end of the month" is its last day, "slutet av veckan" that week's Friday. */
function endOf(meetingDate: string, match: RegExpExecArray): string {
  const next = /next|nästa/iu.test(match[1] ?? match[3] ?? '');
  const unit = (match[2] ?? match[4] ?? 'månad').toLowerCase();
  const date = parseDate(meetingDate) as CalendarDate;
  if (/^(?:week|vecka|veckan)$/u.test(unit)) {
    const fromMonday = (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
    return addDays(meetingDate, 4 - fromMonday + (next ? 7 : 0));
  }
  const month = date.month + (next ? 1 : 0) + (match[5] ? 0 : 0);
  const last = new Date(Date.UTC(date.year, month, 0));
  return `${last.getUTCFullYear()}-${String(last.getUTCMonth() + 1).padStart(2, '0')}-${String(last.getUTCDate()).padStart(2, '0')}`;
}

/**
 * A due date written in a field of its own ("Klart till: 20/10", a table's "Due" column): the
 * phrase resolves as a due date does, and otherwise stands as written.
 */
export function resolveDueField(text: string, context: DueDateContext): string | null {
  const phrase = text.trim().replace(/[.;,]+$/u, '');
  if (phrase === '' || /^(?:-|–|—|n\/a|tbd|tba|\?|ongoing|löpande)$/iu.test(phrase)) return null;
  const generic = GENERIC_MEETING.test(
    phrase.replace(/^(?:by|before|till|until|to|inför|till|före|innan)\s+/iu, ''),
  );
  if (generic && context.nextMeetingDate) return context.nextMeetingDate;
  return resolveDueDate(phrase, context) ?? resolveDueDate(`by ${phrase}`, context) ?? phrase;
}

/**
 * The due date of a task, read against the meeting date: a day as YYYY-MM-DD ("den 5 juni",
 * "9/5–25", "by Friday"), else the phrase as written ("augusti", "nästa styrgruppsmöte").
 */
export function resolveDueDate(
  text: string,
  { meetingDate, nextMeetingDate, language, meetingWords = [] }: DueDateContext,
): string | null {
  const dates = findDates(text, { reference: meetingDate, language });
  const days = dates.filter((date) => date.iso !== null);
  const chosen =
    days.find((date) => DUE_LEAD.test(text.slice(Math.max(0, date.index - 24), date.index))) ?? days[0];
  if (chosen?.iso) {
    if (!meetingDate || chosen.yearWritten) return chosen.iso;
    const gap = daysBetween(meetingDate, chosen.iso);
    if (gap >= 0) return chosen.iso;
    if (chosen.weekdayOnly) return addDays(chosen.iso, 7);
    if (gap >= -62) return chosen.text.trim();
    return nextYear(chosen.iso);
  }
  const end = meetingDate ? END_OF.exec(text) : null;
  if (end && meetingDate) return endOf(meetingDate, end);
  const monthMeeting = MONTH_MEETING.exec(text);
  if (monthMeeting) {
    const month = (monthMeeting[1] ?? monthMeeting[2] ?? '').toLowerCase();
    const next = nextMeetingDate ? Number(nextMeetingDate.slice(5, 7)) : 0;
    return nextMeetingDate && MONTH_NUMBER[month] === next ? nextMeetingDate : month;
  }
  const meeting = MEETING.exec(text);
  if (meeting?.[1]) {
    const phrase = meeting[1].replace(/^the\s+/iu, '');
    return nextMeetingDate && (GENERIC_MEETING.test(phrase) || ownMeeting(phrase, meetingWords))
      ? nextMeetingDate
      : phrase;
  }
  const upcoming = UPCOMING.exec(text);
  if (upcoming?.[1]) {
    const phrase = upcoming[1].replace(/^the\s+/iu, '');
    return nextMeetingDate && ownMeeting(phrase, meetingWords) ? nextMeetingDate : phrase;
  }
  const month = dates.find((date) => date.month !== null);
  if (month?.month) return month.month;
  const season = SEASON.exec(text);
  if (season?.[1]) return season[1];
  const week = WEEK_NUMBER.exec(text);
  if (week && Number(week[1]) >= 1 && Number(week[1]) <= 53) return week[0];
  const start = START_OF.exec(text);
  if (start?.[1]) return start[1].replace(/^the\s+/iu, '');
  const relative = RELATIVE.exec(text);
  if (relative?.[0]) return relative[0];
  const urgent = URGENT.exec(text);
  return urgent?.[1] ?? null;
}
