import { looksLikeName, looksLikeRole } from './looksLikeName.js';
import type { LineSegment, MinutesLine } from './MinutesLine.js';
import { type LabelField, matchLabel } from './matchLabel.js';
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
  /^(?:(?:recording|minutes|meeting)\s+)?secretary$|^(?:mötes)?sekreterare(?:n)?$|^sekr\.?$|^protokollförare$|^scribe$|^minute[- ]?taker$|^minutes$|^note[- ]?taker$/iu;
const VERIFIER = /^justerare$|^protokolljusterare$|^justeringsperson$/iu;
const REMOTE = wordBoundaries(
  /^(?:via\s+(?:teams|zoom|video|länk|link|telefon|phone|meet)|på distans|distans|digitalt|remote|remotely|online|by (?:video|phone)|per telefon)$/iu,
);
const EXCUSED = wordBoundaries(/^(?:anmält förhinder|förhinder|apologies|regrets|excused|ursäktad)/iu);
/** Chat handles as standards bodies list them: "Present: alice, bob". */
const NICKNAME = /^\p{Ll}[\p{L}\p{N}_.-]{1,30}$/u;
/** "Samordnare: Petra Lind" next to an attendance list: one more person, with a role. */
const ROLE_LINE = /^(\p{Lu}[\p{L} -]{2,30}):\s+(.+)$/u;
const SEPARATOR = /\s*[,;]\s*|\s+(?:och|and|samt|&)\s+/u;
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
    const label = matchLabel(line.text);
    if (!label || !(LIST_FIELDS.has(label.field) || DUTY_FIELDS.has(label.field))) continue;
    if (line.kind === 'item' && label.rest === '' && !LIST_FIELDS.has(label.field)) continue;
    if (DUTY_FIELDS.has(label.field)) {
      const next = lines[i + 1];
      const value =
        label.rest !== ''
          ? label.rest
          : next && !matchLabel(next.text) && next.kind !== 'heading'
            ? next.text
            : '';
      const names = namesIn(value);
      if (names.length === 0) continue;
      people.consumed.add(i);
      if (label.rest === '') people.consumed.add(i + 1);
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

const ELECTED = wordBoundaries(
  /^(?:till|som)\s+(justerare|justeringspersoner?|protokolljusterare|mötesordförande|ordförande för mötet|sekreterare|mötessekreterare|protokollförare)\s+(?:för mötet\s+)?(?:valdes|utsågs|väljs)\s+(.+?)\.?$|^(.+?)\s+(?:valdes|utsågs|väljs)\s+(?:till|som|att)\s+(justerare|justera protokollet|mötesordförande|ordförande för mötet|sekreterare|mötessekreterare|protokollförare|att föra protokollet)\b/iu,
);

/** "Till justerare valdes Lisa Ström", "Per Ek valdes till mötessekreterare". */
export function recogniseElection(sentence: string): { duty: NonNullable<Duty>; names: string[] } | null {
  const match = ELECTED.exec(sentence.trim());
  if (!match) return null;
  const duty = (match[1] ?? match[4] ?? '').toLowerCase();
  const names = namesIn(match[2] ?? match[3] ?? '');
  if (names.length === 0) return null;
  return {
    duty: /juster/u.test(duty) ? 'verifier' : /ordförande/u.test(duty) ? 'chair' : 'secretary',
    names,
  };
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

/** The person names in a short value such as "Anna Berg (ordförande), Lisa Ström". */
function namesIn(value: string): string[] {
  return value
    .replace(/\([^)]*\)/gu, ' ')
    .split(SEPARATOR)
    .map((part) => part.split(/\s+[-–—]\s+/u)[0]?.trim() ?? '')
    .filter((part) => looksLikeName(part, { lenient: true }));
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
  if (!bare) return false;
  return head.split(/\s+/u).length >= 2 || previous.every((t) => !/\s/u.test(t));
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
  if (nicknames.length >= 2 && nicknames.every((nick) => NICKNAME.test(nick))) {
    return nicknames.map((name) => ({
      name,
      role: null,
      organisation: null,
      duty: null,
      attendance: 'present',
    }));
  }
  const parts = texts.flatMap((text) => text.replace(/\([^)]*\)/gu, '').split(SEPARATOR));
  const named = parts.filter((part) => looksLikeName(part.trim(), { lenient: true })).length;
  const described = parts.slice(1).some((part) => looksLikeRole(part) || /^\s*\p{Ll}/u.test(part));
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
  return joined.split(SEPARATOR).flatMap((part) => parseEntry(part) ?? []);
}

/** "Anna Berg, Enhetschef, Region X, Ordförande", "Bob Lee (Chair)", "Carol King – Acme". */
function parseEntry(entry: string): RecognisedAttendee | null {
  const notes: string[] = [];
  const bare = entry.replace(/\(([^)]*)\)/gu, (_, inner: string) => {
    notes.push(...inner.split(/\s*,\s*/u));
    return ' ';
  });
  const [head = '', ...rest] = bare.split(/\s*,\s*|\s+[-–—]\s+/u);
  const name = head.replace(/\s+/gu, ' ').trim();
  if (!looksLikeName(name, { lenient: true })) return null;
  return describe({ name, role: null, organisation: null, duty: null, attendance: 'present' }, [
    ...rest,
    ...notes,
  ]);
}

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
