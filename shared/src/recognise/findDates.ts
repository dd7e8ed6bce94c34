import * as chrono from 'chrono-node';
import { addDays, formatDate, parseDate } from './calendarDate.js';
import type { MinutesLanguage } from './RecognisedMinutes.js';
import { wordBoundaries } from './wordBoundaries.js';

const MAY_VERB = wordBoundaries(/^may\b/u);

export interface DateMatch {
  /** YYYY-MM-DD, or null for a month without a day. */
  iso: string | null;
  /** The month's name as written when only a month was given ("augusti"). */
  month: string | null;
  text: string;
  index: number;
  /** The year was written, not guessed from the reference date. */
  yearWritten: boolean;
  /** Only a weekday was written ("by Friday"). */
  weekdayOnly?: boolean;
}

export interface FindDatesOptions {
  /** The meeting date (YYYY-MM-DD) that dates without a year are read against. */
  reference: string | null;
  language: MinutesLanguage;
  /** Also read six-digit dates such as "250429" (YYMMDD), as Swedish titles write them. */
  compact?: boolean;
}

const MONTHS =
  'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec';
const ISO = /(?<![\d/.-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/-])/gu;
const SHORT_YEAR = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\s*[-–]\s*(\d{2}|\d{4})(?![\d/])/gu;
const NUMERIC = /(?<![\d/.-])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.]\d)/gu;
const DAY_MONTH = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/]|\s*[-–]\s*\d)/gu;
const COMPACT = /(?<![\d-])(?:20)?(\d{2})(\d{2})(\d{2})(?![\d-])/gu;
const MONTH_ONLY = wordBoundaries(
  new RegExp(
    `\\b(?:i|in|under|during|till|until|by|before|före|innan|senast|efter|after)\\s+((?:(?:början|slutet|mitten) av\\s+|(?:the\\s+)?(?:beginning|end|middle) of\\s+|mid-)?(?:${MONTHS})(?:\\s+\\d{4})?)(?![\\p{L}\\d])`,
    'giu',
  ),
);
const DATE_WORD = wordBoundaries(
  new RegExp(
    `\\d|\\b(?:${MONTHS})\\b|\\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\b(?:i morgon|imorgon|i övermorgon|tomorrow|next week|within|in (?:a|one|two|three|four|\\d+) (?:days?|weeks?|months?))\\b`,
    'iu',
  ),
);
const RELATIVE_SV = wordBoundaries(
  /\b(?:om|inom|inom loppet av)\s+(en|ett|två|tre|fyra|fem|sex|\d{1,2})\s+(dag|dagar|vecka|veckor|månad|månader)\b|\bnästa vecka\b|\bi morgon\b/giu,
);
const WEEKDAYS =
  'måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const DAY_NEXT_WEEK = wordBoundaries(
  new RegExp(
    `\\b(?:på\\s+|on\\s+)?(${WEEKDAYS})(?:en)?\\s+(?:nästa|kommande|next)\\s+(?:vecka|week)\\b|\\b(?:nästa|kommande|next)\\s+(?:veckas?|week'?s?)\\s+(${WEEKDAYS})(?:en)?\\b`,
    'giu',
  ),
);
const NUMBER_WORDS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6 };

/** Every date written in the text, in order: ISO, Swedish short forms, numeric, words, weekdays. */
export function findDates(
  text: string,
  { reference, language, compact = false }: FindDatesOptions,
): DateMatch[] {
  const found: DateMatch[] = [];
  const taken: [number, number][] = [];
  const add = (match: DateMatch) => {
    const end = match.index + match.text.length;
    if (taken.some(([a, b]) => match.index < b && end > a)) return;
    taken.push([match.index, end]);
    found.push(match);
  };
  const refYear = parseDate(reference)?.year ?? null;
  for (const m of text.matchAll(ISO)) {
    const iso = formatDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
    if (iso) add({ iso, month: null, text: m[0], index: m.index ?? 0, yearWritten: true });
  }
  for (const m of text.matchAll(SHORT_YEAR)) {
    const iso = formatDate({ year: fullYear(m[3] ?? ''), month: Number(m[2]), day: Number(m[1]) });
    if (iso) add({ iso, month: null, text: m[0], index: m.index ?? 0, yearWritten: true });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const monthFirst = language === 'en' && m[2] === '/' && a <= 12 && b > 12;
    const dayFirst = !monthFirst && !(language === 'en' && m[2] === '/' && a <= 12 && b <= 12);
    const iso = formatDate({ year: fullYear(m[4] ?? ''), month: dayFirst ? b : a, day: dayFirst ? a : b });
    if (iso) add({ iso, month: null, text: m[0], index: m.index ?? 0, yearWritten: true });
  }
  if (compact) {
    for (const m of text.matchAll(COMPACT)) {
      const iso = formatDate({ year: 2000 + Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
      if (iso) add({ iso, month: null, text: m[0], index: m.index ?? 0, yearWritten: true });
    }
  }
  if (refYear !== null && language === 'sv') {
    for (const m of text.matchAll(DAY_MONTH)) {
      const iso = formatDate({ year: refYear, month: Number(m[2]), day: Number(m[1]) });
      if (iso) add({ iso, month: null, text: m[0], index: m.index ?? 0, yearWritten: false });
    }
  }
  if (reference !== null) {
    for (const m of text.matchAll(DAY_NEXT_WEEK)) {
      const iso = weekdayNextWeek(reference, (m[1] ?? m[2] ?? '').toLowerCase());
      if (iso) add({ iso, month: null, text: m[0], index: m.index ?? 0, yearWritten: false });
    }
  }
  if (reference !== null && language === 'sv') {
    for (const m of text.matchAll(RELATIVE_SV)) {
      const phrase = m[0].toLowerCase();
      const count = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
      const unit = (m[2] ?? '').toLowerCase();
      const days = phrase.includes('morgon')
        ? 1
        : phrase.includes('nästa vecka')
          ? 7
          : unit.startsWith('dag')
            ? count
            : unit.startsWith('vec')
              ? 7 * count
              : 30 * count;
      add({
        iso: addDays(reference, days),
        month: null,
        text: m[0],
        index: m.index ?? 0,
        yearWritten: false,
      });
    }
  }
  for (const parser of language === 'sv' ? [chrono.sv, chrono.en] : [chrono.en]) {
    const refDate = parseDate(reference);
    const when = refDate
      ? new Date(refDate.year, refDate.month - 1, refDate.day, 12)
      : new Date(2000, 0, 1, 12);
    for (const result of parser.parse(text, when)) {
      const start = result.start;
      if (!standsAlone(text, result.index, result.text) || !DATE_WORD.test(result.text)) continue;
      const yearWritten = start.isCertain('year');
      if (!reference && !yearWritten) continue;
      if (start.isCertain('day') || start.isCertain('weekday')) {
        const iso = formatDate({
          year: start.get('year') ?? 0,
          month: start.get('month') ?? 0,
          day: start.get('day') ?? 0,
        });
        const weekdayOnly = !start.isCertain('day') && start.isCertain('weekday');
        if (iso) add({ iso, month: null, text: result.text, index: result.index, yearWritten, weekdayOnly });
      }
    }
  }
  for (const m of text.matchAll(MONTH_ONLY)) {
    const phrase = m[1] ?? '';
    if (MAY_VERB.test(phrase)) continue;
    const at = (m.index ?? 0) + m[0].length - phrase.length;
    add({ iso: null, month: phrase, text: phrase, index: at, yearWritten: /\d{4}$/u.test(phrase) });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "fredag nästa vecka", "Friday next week": that day in the week after the reference date's week. */
function weekdayNextWeek(reference: string, weekday: string): string | null {
  const date = parseDate(reference);
  if (!date) return null;
  const index = WEEKDAYS.split('|').indexOf(weekday) % 7;
  if (index < 0) return null;
  const fromMonday = (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
  return addDays(reference, 7 - fromMonday + index);
}

/** Chrono also finds "fr" inside "frågan"; a date must not sit inside a word. */
function standsAlone(text: string, index: number, found: string): boolean {
  return (
    !/[\p{L}\p{N}]/u.test(text[index - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[index + found.length] ?? '')
  );
}

const fullYear = (written: string): number =>
  written.length === 2 ? 2000 + Number(written) : Number(written);
