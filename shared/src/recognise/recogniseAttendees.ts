import { looksLikeName, looksLikeRole } from './looksLikeName.js';
import type { LineSegment, MinutesLine } from './MinutesLine.js';
import { type LabelField, matchLabel } from './matchLabel.js';
import {
  BEFORE_TITLE,
  HANDLE,
  HONORIFIC,
  namesIn,
  SEPARATOR,
  splitOutside,
  stripHonorific,
} from './namesIn.js';
import type { RecognisedAttendee } from './RecognisedMinutes.js';
import { wordBoundaries } from './wordBoundaries.js';

export interface RecognisedPeople {
  attendees: RecognisedAttendee[];
  absent: RecognisedAttendee[];
  secretary: string | null;
  chair: string | null;
  verifiers: string[];
  /** Indexes of the lines that held people, so no other rule reads them again. */
  consumed: Set<number>;
}

type Duty = RecognisedAttendee['duty'];

const LIST_FIELDS: ReadonlySet<LabelField> = new Set(['present', 'absent', 'guests']);
const DUTY_FIELDS: ReadonlySet<LabelField> = new Set(['secretary', 'chair', 'verifiers']);
const CHAIR =
  /^(?:mötes)?ordförande(?:n)?$|^ordf\.?$|^(?:meeting\s+)?chair(?:person|man|woman)?$|^presiding$|^facilitator$|^moderator$|^sammankallande$|^convenor$|^convener$|^mötesledare$|^samtalsledare$/iu;
const SECRETARY =
  /^(?:(?:recording|minutes|meeting|committee|board|company|hon\.?|honorary)\s+)?secretary$|^clerk(?:\s+to\s+the\s+[\p{L} ]{2,40})?$|^(?:mötes|nämnd|styrelse|kommitté|utskotts|förbunds)?sekreterare(?:n)?$|^sekr\.?$|^protokollförare$|^scribe$|^minute[- ]?taker$|^minutes$|^note[- ]?taker$|^antecknar$|^för anteckningar$|^takes? (?:the )?minutes$|^taking minutes$/iu;
const VERIFIER = /^justerare$|^protokolljusterare$|^justeringsperson$/iu;
const REMOTE = wordBoundaries(
  /^(?:via\s+(?:teams|zoom|video|länk|link|telefon|phone|meet)|på distans|distans|digitalt|remote|remotely|online|by (?:video|phone)|per telefon)$/iu,
);
const EXCUSED = wordBoundaries(/^(?:anmält förhinder|förhinder|apologies|regrets|excused|ursäktad)/iu);
/** Chat handles as standards bodies list them: "Present: alice, bob". */
const NICKNAME = /^\p{Ll}[\p{L}\p{N}_.-]{1,30}$/u;
/** "for item 3", "för punkt 5": when a guest attended, no part of who they are. */
const FOR_ITEM =
  /\s+(?:for|för|during|under)\s+(?:items?|punkt(?:erna)?|agenda items?|§)\s*[\d§][\d\s,–-]*(?:and|och|&)?\s*\d*$/iu;
/** A signature line ("Sekreterare ............"): the name stands on the next line. */
const DOTS = /^[._…\s-]+$/u;
/** "Samordnare: Petra Lind" next to an attendance list: one more person, with a role. */
const ROLE_LINE = /^(\p{Lu}[\p{L} -]{2,30}):\s+(.+)$/u;
const MAX_SECTION = 300;

/**
 * Attendance sections ("Närvarande:", "Present:", "Ej närvarande", "Regrets", bold name lists, comma
 * lists, one person a line with role and organisation) and the people named for a duty
 * ("Sekreterare:", "Ordförande:", "Justerare:", or ", Ordförande" after a name).
 */
export function recogniseAttendees(lines: readonly MinutesLine[]): RecognisedPeople {
  const people: RecognisedPeople = {
    attendees: [],
    absent: [],
    secretary: null,
    chair: null,
    verifiers: [],
    consumed: new Set(),
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as MinutesLine;
    if (people.consumed.has(i) || line.kind === 'rule') continue;
    if (line.tableHeader && line.cells) {
      const field = matchLabel(line.cells[0] ?? '');
      if (field && field.rest === '' && LIST_FIELDS.has(field.field))
        i = readTable(lines, i, field.field, people);
      continue;
    }
    if (signatureRow(lines, i, people)) {
      i++;
      continue;
    }
    const label = matchLabel(line.text);
    if (!label || !(LIST_FIELDS.has(label.field) || DUTY_FIELDS.has(label.field))) continue;
    if (line.kind === 'item' && label.rest === '' && !LIST_FIELDS.has(label.field)) continue;
    if (DUTY_FIELDS.has(label.field)) {
      const next = lines[i + 1];
      const own = DOTS.test(label.rest) ? '' : label.rest;
      const value =
        own !== '' ? own : next && !matchLabel(next.text) && next.kind !== 'heading' ? next.text : '';
      const names = namesIn(value);
      if (names.length === 0) continue;
      people.consumed.add(i);
      if (own === '') people.consumed.add(i + 1);
      assignDuty(people, label.field, names);
      continue;
    }
    people.consumed.add(i);
    const first = afterLabel(line.segments, line.text.length - label.rest.length);
    const section: LineSegment[][] = label.rest === '' ? [] : [first];
    let j = i + 1;
    while (j < lines.length && j - i < MAX_SECTION && continuesSection(lines, j, section)) {
      section.push(lines[j]?.segments ?? []);
      people.consumed.add(j);
      j++;
    }
    const found = parseSection(section);
    if (label.field !== 'absent') {
      for (
        let role = ROLE_LINE.exec(lines[j]?.text ?? '');
        role && !matchLabel(role[0]);
        role = ROLE_LINE.exec(lines[j]?.text ?? '')
      ) {
        const person = parseEntry(role[2] ?? '');
        if (!person) break;
        found.push({ ...person, role: person.role ?? role[1] ?? null });
        people.consumed.add(j);
        j++;
      }
    }
    if (label.field === 'absent') {
      const attendance = EXCUSED.test(line.text) ? 'excused' : 'absent';
      people.absent.push(...found.map((person) => ({ ...person, attendance }) as RecognisedAttendee));
    } else people.attendees.push(...found);
    i = j - 1;
  }
  for (const person of people.attendees) {
    if (person.duty === 'chair') people.chair ??= person.name;
    if (person.duty === 'secretary') people.secretary ??= person.name;
    if (person.duty === 'verifier' && !people.verifiers.includes(person.name))
      people.verifiers.push(person.name);
  }
  return people;
}

/** "| Present | Role |" and a row a person: the first column the name, the others role and organisation. */
function readTable(
  lines: readonly MinutesLine[],
  i: number,
  field: LabelField,
  people: RecognisedPeople,
): number {
  people.consumed.add(i);
  let j = i + 1;
  for (; j < lines.length; j++) {
    const row = lines[j] as MinutesLine;
    if (!row.cells || row.tableHeader) break;
    people.consumed.add(j);
    const person = parseEntry(row.cells.filter((cell) => cell !== '').join(', '));
    if (!person) continue;
    if (field === 'absent') people.absent.push({ ...person, attendance: 'excused' });
    else people.attendees.push(person);
  }
  return j - 1;
}

/**
 * Signature heads side by side over the names ("Vid protokollet    Justeras" and below "Karin Ljung
 * Sven Ek    Maria Dahl"): each head takes the name below it, the last one the rest.
 */
function signatureRow(lines: readonly MinutesLine[], i: number, people: RecognisedPeople): boolean {
  const heads = (lines[i] as MinutesLine).text.split(/;\s+/u);
  if (heads.length < 2) return false;
  const fields = heads.map((head) => matchLabel(head));
  if (!fields.every((field) => field && field.rest === '' && DUTY_FIELDS.has(field.field))) return false;
  const below = lines[i + 1]?.text.split(/;\s+/u).map((cell) => namesIn(cell)[0] ?? null) ?? [];
  if (below.length < heads.length || below.some((name) => name === null)) return false;
  fields.forEach((field, k) => {
    const last = k === fields.length - 1;
    assignDuty(people, field?.field as LabelField, (last ? below.slice(k) : [below[k]]) as string[]);
  });
  people.consumed.add(i);
  people.consumed.add(i + 1);
  return true;
}

function assignDuty(people: RecognisedPeople, field: LabelField, names: string[]) {
  if (names.length === 0) return;
  if (field === 'verifiers') {
    for (const name of names) if (!people.verifiers.includes(name)) people.verifiers.push(name);
    return;
  }
  if (field === 'chair') people.chair ??= names[0] ?? null;
  if (field === 'secretary') people.secretary ??= names[0] ?? null;
}

function continuesSection(lines: readonly MinutesLine[], j: number, section: LineSegment[][]): boolean {
  const line = lines[j] as MinutesLine;
  if (line.kind === 'heading' || line.kind === 'rule' || line.text === '' || matchLabel(line.text))
    return false;
  const boldNames = line.segments.filter((s) => s.bold && looksLikeName(s.text.trim(), { lenient: true }));
  if (boldNames.length > 0) return true;
  if (section.some((segments) => segments.some((s) => s.bold && looksLikeName(s.text.trim())))) return false;
  const text = line.text;
  if (/[.!?:]$/u.test(text) && !/\s(?:rep|fil|dr|jr|sr)\.$/u.test(text)) return false;
  const hasParts = /[,;(]|\s[-–—]\s/u.test(text);
  const head = (text.split(/\s*[,;(]\s*|\s+[-–—]\s+/u)[0] ?? '').trim();
  if (!looksLikeName(head, { lenient: hasParts })) return false;
  if (hasParts) return true;
  const previous = section.map(segmentsOf).filter((t) => t !== '');
  const last = previous.at(-1) ?? '';
  const wrapped =
    /,/u.test(last) && !/[,;.]$/u.test(last) && last.length >= 50 && head.split(/\s+/u).length <= 3;
  if (wrapped && line.kind === 'paragraph' && line.number === null && !bodyFollows(lines, j)) return true;
  if (previous.length === 0) return head.split(/\s+/u).length >= 2 || !bodyFollows(lines, j);
  const bare = previous.every((t) => !/[,;(]/u.test(t));
  if (!bare) return head.split(/\s+/u).length >= 2 && !bodyFollows(lines, j) && previous.every(onePerson);
  return head.split(/\s+/u).length >= 2 || previous.every((t) => !/\s/u.test(t));
}

/** A line that names one person with role or organisation: "Mats Wennberg, ordförande". */
function onePerson(text: string): boolean {
  const [head = '', ...rest] = text.replace(/\([^)]*\)/gu, ' ').split(/\s*[,;]\s*|\s+[-–—]\s+/u);
  return (
    looksLikeName(stripHonorific(head.trim()), { lenient: true }) &&
    rest.every((part) => !looksLikeName(part.trim()) || looksLikeRole(part))
  );
}

function bodyFollows(lines: readonly MinutesLine[], j: number): boolean {
  const next = lines[j + 1];
  return next !== undefined && next.text.split(/\s+/u).length >= 6;
}

const segmentsOf = (segments: readonly LineSegment[]): string =>
  segments
    .map((s) => s.text)
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();

function afterLabel(segments: readonly LineSegment[], labelLength: number): LineSegment[] {
  const out: LineSegment[] = [];
  let skip = labelLength;
  let started = false;
  for (const segment of segments) {
    let text = segment.text.replace(/\s+/gu, ' ');
    if (!started) {
      text = text.trimStart();
      if (text === '') continue;
      started = true;
    }
    if (skip >= text.length) {
      skip -= text.length;
      continue;
    }
    out.push({ text: text.slice(skip), bold: segment.bold });
    skip = 0;
  }
  return out;
}

function parseSection(section: LineSegment[][]): RecognisedAttendee[] {
  if (
    section.some((segments) =>
      segments.some((s) => s.bold && looksLikeName(s.text.trim(), { lenient: true })),
    )
  ) {
    return parseBoldList(section.flatMap((segments) => [...segments, { text: ' ', bold: false }]));
  }
  const texts = section.map(segmentsOf).filter((text) => text !== '');
  if (texts.length === 0) return [];
  const nicknames = texts.join(', ').split(/\s*,\s*/u);
  const handles = nicknames.every((nick) => HANDLE.test(nick));
  if (
    handles ||
    (nicknames.length >= 2 && nicknames.every((nick) => NICKNAME.test(nick) || HANDLE.test(nick)))
  ) {
    return nicknames.map((name) => ({
      name: name.replace(/^@/u, ''),
      role: null,
      organisation: null,
      duty: null,
      attendance: 'present',
    }));
  }
  const parts = texts.flatMap((text) => text.replace(/\([^)]*\)/gu, '').split(SEPARATOR));
  const named = parts.filter((part) => looksLikeName(part.trim(), { lenient: true })).length;
  const described = parts.slice(1).some((part) => looksLikeRole(part) || /^\s*\p{Ll}/u.test(part));
  const titled = parts.filter((part) => HONORIFIC.test(part.trim())).length;
  if (titled >= 2 && titled >= named - titled)
    return texts.flatMap((text) => text.split(BEFORE_TITLE)).flatMap((entry) => parseEntry(entry) ?? []);
  const commaList =
    named / Math.max(1, parts.length) >= 0.6 && !described && !texts.some((text) => /;/u.test(text));
  if (commaList) return parseCommaList(texts);
  return texts.flatMap((text) => text.split(/\s*;\s*/u)).flatMap((entry) => parseEntry(entry) ?? []);
}

function parseBoldList(segments: LineSegment[]): RecognisedAttendee[] {
  const people: RecognisedAttendee[] = [];
  for (const segment of segments) {
    const text = segment.text.replace(/\s+/gu, ' ').trim();
    if (text === '') continue;
    const last = people.at(-1);
    if (segment.bold && looksLikeName(text, { lenient: true })) {
      people.push({ name: text, role: null, organisation: null, duty: null, attendance: 'present' });
    } else if (last) {
      const extra = text.replace(/^[\s,;–—-]+|[\s,;–—-]+$/gu, '');
      if (extra === '') continue;
      const entry = describe(last, extra.split(/\s*,\s*/u));
      last.organisation = entry.organisation;
      last.role = entry.role;
      last.duty = entry.duty;
    }
  }
  return people;
}

function parseCommaList(texts: string[]): RecognisedAttendee[] {
  const longest = Math.max(...texts.map((text) => text.length));
  let joined = '';
  texts.forEach((text, k) => {
    if (k === 0) joined = text;
    else {
      const previous = texts[k - 1] ?? '';
      const wrapped = !/[,;]$/u.test(previous) && previous.length >= 50 && previous.length >= 0.75 * longest;
      joined += /[,;]$/u.test(previous) || wrapped ? ` ${text}` : `, ${text}`;
    }
  });
  return splitOutside(joined, SEPARATOR).flatMap((part) => parseEntry(part) ?? []);
}

/** "Anna Berg, Enhetschef, Region X, Ordförande", "Bob Lee (Chair)", "Carol King – Acme". */
function parseEntry(entry: string): RecognisedAttendee | null {
  const notes: string[] = [];
  const bare = entry.replace(FOR_ITEM, '').replace(/\(([^)]*)\)/gu, (_, inner: string) => {
    notes.push(...inner.split(/\s*,\s*/u));
    return ' ';
  });
  const [head = '', ...rest] = bare.split(/\s*,\s*|\s+[-–—]\s+/u);
  const name = stripHonorific(head.replace(/\s+/gu, ' ').trim());
  if (!looksLikeName(name, { lenient: true })) return null;
  const initials = initialsOf(name);
  return describe({ name, role: null, organisation: null, duty: null, attendance: 'present' }, [
    ...rest,
    ...notes.filter((note) => note.trim() !== initials),
  ]);
}

/** "JT" for Jane Thompson, as committee minutes name people after the attendance list. */
export const initialsOf = (name: string): string =>
  name
    .split(/[\s-]+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');

function describe(person: RecognisedAttendee, parts: string[]): RecognisedAttendee {
  let duty: Duty = person.duty;
  let attendance = person.attendance;
  let role = person.role;
  const organisation: string[] = person.organisation ? [person.organisation] : [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    const found = dutyOf(part);
    if (found) {
      duty ??= found;
      continue;
    }
    if (REMOTE.test(part)) {
      attendance = 'remote';
      continue;
    }
    if (role === null && (looksLikeRole(part) || /^\p{Ll}/u.test(part))) role = part;
    else organisation.push(part);
  }
  return {
    ...person,
    role,
    organisation: organisation.length > 0 ? organisation.join(', ') : null,
    duty,
    attendance,
  };
}

function dutyOf(part: string): Duty {
  if (CHAIR.test(part)) return 'chair';
  if (SECRETARY.test(part)) return 'secretary';
  if (VERIFIER.test(part)) return 'verifier';
  return null;
}
