import { findDates } from './findDates.js';
import type { MinutesLine } from './MinutesLine.js';
import { matchLabel } from './matchLabel.js';
import type { MinutesLanguage } from './RecognisedMinutes.js';
import { recogniseTime } from './recogniseTime.js';
import { wordBoundaries } from './wordBoundaries.js';

const DATE_FILLER = wordBoundaries(/\b(?:den|datum|date|held on|on|kl\.?|klockan|at)\b|[,:–—-]/giu);

export interface RecognisedHeader {
  series: string | null;
  title: string | null;
  date: string | null;
  time: string | null;
  place: string | null;
  /** Lines that belong to the header and to nothing else. */
  consumed: Set<number>;
  /** Index of the first line after the header. */
  end: number;
}

const TITLE_WORD = wordBoundaries(
  /\b(?:minnesanteckningar|minnesanteckning|protokoll|mötesprotokoll|styrelseprotokoll|årsmötesprotokoll|anteckningar|mötesanteckningar|referat|sammanträdesprotokoll|minutes|meeting notes|notes|record of (?:the )?meeting|summary of (?:the )?meeting)\b|protokoll\b/iu,
);
const HELD = wordBoundaries(
  /^\s*(?:held|hålls|hölls|meeting held|sammanträde)(?:\s+(?:on|at|in|den|i|på))?\b/iu,
);
const TIME_WORDS = wordBoundaries(
  /(?:\b(?:at|kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?|\b\d{1,2}[.:]\d{2}|\b\d{1,2}(?=\s*(?:am|pm)))\s*(?:am|pm)?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)?/giu,
);
const WEEKDAY = wordBoundaries(
  /\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:en)?\b/giu,
);
/** "Minutes of the … Committee held on 12 February 2025 at 2 pm in …": a title with its date line run in. */
const HELD_INSIDE = wordBoundaries(
  /^(.{5,100}?)\s+((?:held|hölls|som hölls)\s+(?:on|at|in|den|i|på)\b.*)$/iu,
);
/** "Plats och tid:", "Date and venue:": one label for the date, the time and the place. */
const PLACE_TOO = /plats|place|venue/iu;
const HEADER_FIELDS = new Set(['date', 'time', 'place']);
const MAX_HEADER_LINES = 8;

/**
 * The series, title, date, time and place at the top of the minutes, from labelled lines
 * ("Datum: 260410", "Plats: …") and from the first lines ("Minnesanteckningar Styrgrupp 250429").
 */
export function recogniseHeader(
  lines: readonly MinutesLine[],
  taken: ReadonlySet<number>,
  language: MinutesLanguage,
): RecognisedHeader {
  const header: RecognisedHeader = {
    series: null,
    title: null,
    date: null,
    time: null,
    place: null,
    consumed: new Set(),
    end: 0,
  };
  const limit = Math.min(lines.length, 60);
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as MinutesLine;
    if (taken.has(i)) continue;
    const parts = line.text.split(/\s+[·•|]\s+/u);
    const first = matchLabel(line.text);
    if (first && HEADER_FIELDS.has(first.field) && first.rest !== '') header.consumed.add(i);
    else if (parts.length < 2) continue;
    for (const part of parts) {
      const label = matchLabel(part);
      if (!label || label.rest === '') continue;
      if (label.field === 'date') {
        const found = findDates(label.rest, { reference: null, language, compact: true })[0];
        header.date ??= found?.iso ?? null;
        header.time ??= recogniseTime(label.rest.replace(/^[^\s]*\d{4}[^\s]*/u, ''));
        if (PLACE_TOO.test(part.slice(0, part.length - label.rest.length)))
          header.place ??= placeIn(found ? label.rest.replace(found.text, ' ') : label.rest);
      } else if (label.field === 'time') header.time ??= label.rest;
      else if (label.field === 'place') header.place ??= label.rest;
    }
  }

  const top: number[] = [];
  const titleText = new Map<number, string>();
  let headings = 0;
  for (let i = 0; i < lines.length && top.length < MAX_HEADER_LINES; i++) {
    const line = lines[i] as MinutesLine;
    if (taken.has(i) || header.consumed.has(i) || matchLabel(line.text)) break;
    if (line.kind === 'rule') {
      if (top.length > 0) break;
      continue;
    }
    if (line.kind === 'heading' && ++headings > 1 && top.length > 0) break;
    const held = HELD_INSIDE.exec(line.text);
    const runIn = held !== null && TITLE_WORD.test(held[1] ?? '');
    if (line.kind === 'item' || line.number !== null || (line.text.split(/\s+/u).length > 14 && !runIn))
      break;
    top.push(i);
    if (runIn) titleText.set(i, held?.[1] ?? line.text);
  }
  header.end = (top.at(-1) ?? -1) + 1;

  const dateLines = new Set<number>();
  for (const i of top) {
    const text = (lines[i] as MinutesLine).text;
    const found = findDates(text, { reference: null, language, compact: true }).find(
      (date) => date.iso !== null && date.yearWritten,
    );
    if (!found?.iso) continue;
    header.date ??= found.iso;
    const runIn = titleText.get(i);
    if (runIn !== undefined) {
      const rest = text.slice(runIn.length);
      header.time ??= recogniseTime(rest);
      header.place ??= placeIn(rest.replace(found.text, ' '));
      continue;
    }
    const rest = text
      .replace(found.text, ' ')
      .replace(TIME_WORDS, ' ')
      .replace(DATE_FILLER, ' ')
      .replace(/[\s,.;:–—-]+/gu, ' ')
      .trim();
    const held = HELD.test(text);
    const parts = text.split(/\s+[|·•]\s+/u);
    const place = held
      ? placeIn(text.replace(found.text, ' '))
      : parts.length > 1
        ? placeIn(parts.filter((part) => !part.includes(found.text) && !recogniseTime(part)).join(', '))
        : null;
    header.time ??= recogniseTime(text);
    header.place ??= place;
    if (
      held ||
      parts.length > 1 ||
      rest === '' ||
      /^[\p{L}]+dag$/iu.test(rest) ||
      /^\d{1,2}[.:]\d{2}/u.test(rest) ||
      /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu.test(rest)
    ) {
      dateLines.add(i);
      header.consumed.add(i);
    }
  }
  const candidates = top.filter((i) => !dateLines.has(i));
  const titleAt =
    candidates.find((i) => (lines[i] as MinutesLine).kind === 'heading') ??
    candidates.find((i) => TITLE_WORD.test((lines[i] as MinutesLine).text)) ??
    candidates[0];
  if (titleAt === undefined) return header;
  let title = titleText.get(titleAt) ?? (lines[titleAt] as MinutesLine).text;
  header.consumed.add(titleAt);
  const next = titleAt + 1;
  const nextText = lines[next]?.text ?? '';
  const nextDate = findDates(nextText, { reference: null, language, compact: true })[0];
  if (
    candidates.includes(next) &&
    nextDate &&
    nextText.replace(nextDate.text, '').trim().split(/\s+/u).length <= 3
  ) {
    title = `${title} ${(lines[next] as MinutesLine).text}`;
    header.consumed.add(next);
  }
  header.title = title;
  const series = candidates.find((i) => i < titleAt);
  if (series !== undefined) {
    header.series = (lines[series] as MinutesLine).text;
    header.consumed.add(series);
  }
  return header;
}

/** The place in a line such as "Held on … at 7.00 pm, Riverside Community Centre, Room 2". */
function placeIn(rest: string): string | null {
  const place = rest
    .replace(HELD, ' ')
    .replace(TIME_WORDS, ' ')
    .replace(WEEKDAY, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/\s+,/gu, ',')
    .replace(/^[\s,;–—-]+|[\s,;.–—-]+$/gu, '')
    .replace(/^(?:at|in|i|på)\s+/iu, '')
    .replace(/^[\s,;–—-]+/gu, '')
    .trim();
  if (place === '' || !/^\p{Lu}/u.test(place) || place.split(/\s+/u).length > 8) return null;
  return place;
}
