import { BodyReader, type PendingAction, type SectionKind } from './BodyReader.js';
import { detectLanguage } from './detectLanguage.js';
import type { MinutesLine } from './MinutesLine.js';
import { markdownLines } from './markdownLines.js';
import { type LabelField, matchLabel } from './matchLabel.js';
import { mergeRepeatedActions } from './mergeRepeatedActions.js';
import { normaliseLines } from './normaliseLines.js';
import type {
  MinutesLanguage,
  RecognisedMinutes,
  RecognisedNextMeeting,
  RecogniseOptions,
} from './RecognisedMinutes.js';
import { recogniseAgenda } from './recogniseAgenda.js';
import { recogniseAttendees } from './recogniseAttendees.js';
import { recogniseHeader } from './recogniseHeader.js';
import { nextMeetingFromTitle, recogniseNextMeeting } from './recogniseNextMeeting.js';
import { createAssigneeResolver } from './resolveAssignees.js';
import { resolveDueDate, resolveDueField } from './resolveDueDate.js';
import { splitSentences } from './splitSentences.js';
import { wordBoundaries } from './wordBoundaries.js';

const DECIDED_THAT = wordBoundaries(/\b(?:beslutade|beslutar|beslöt|beslutades|beslutas)$/iu);
const ACTION_WORD = wordBoundaries(/\båtgärd|\baction/iu);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const DECISION_HEADING = wordBoundaries(
  /\b(?:beslut|besluten|beslutades|decisions?|resolutions?|resolved|agreed)\b/iu,
);
const ACTION_HEADING = wordBoundaries(
  /^(?:nästa steg|åtgärder|åtgärdslista|att göra|uppgifter|uppdrag|actions?|action items|action points|new action items|next steps|to-?dos?|follow-?ups?)\b/iu,
);
const DECISION_INTRO = wordBoundaries(
  /\b(?:beslutade?s?|beslöts?|beslutar|beslut|enades|överens|överenskoms|agreed|resolved|decided|decisions?)\b/iu,
);
const ACTION_INTRO = wordBoundaries(
  /\b(?:planeras|åtgärder|att göra|uppdrag|uppgifter|actions?|action items|next steps|to do|tasks?|till nästa gång|inför nästa (?:gång|möte|träff)|för nästa gång|for next time|before next time|homework)\b/iu,
);

/** What each logical line of the text turned out to be. */
export type LineRole =
  | { kind: 'structure' }
  | { kind: 'agendaItem'; item: number }
  | { kind: 'heading' }
  | { kind: 'nextMeeting' }
  | { kind: 'body' };

/** The recognised minutes together with the lines they came from, for building a document. */
export interface MinutesAnalysis {
  minutes: RecognisedMinutes;
  lines: MinutesLine[];
  roles: LineRole[];
  /** Indexes into `minutes.decisions` and `minutes.actions`, by the line they were found in. */
  decisionsByLine: Map<number, number[]>;
  actionsByLine: Map<number, number[]>;
}

/**
 * Recognises the parts of minutes written as plain text (also text taken out of a PDF) or Markdown:
 * header, attendance, agenda, decisions, tasks with assignees and due dates, tabled items and the next
 * meeting. Pure: the only date it reads against is the one in the text or `referenceDate`.
 */
export function recogniseMinutes(text: string, options: RecogniseOptions): RecognisedMinutes {
  return analyseMinutes(text, options).minutes;
}

/** `recogniseMinutes`, remembering which line each part came from. */
export function analyseMinutes(text: string, options: RecogniseOptions): MinutesAnalysis {
  if (typeof text !== 'string')
    throw new TypeError(`recogniseMinutes: text must be a string, got ${typeof text}`);
  if (options.referenceDate !== undefined && !ISO_DATE.test(options.referenceDate)) {
    throw new RangeError(
      `recogniseMinutes: referenceDate must be YYYY-MM-DD, got ${JSON.stringify(options.referenceDate)}`,
    );
  }
  const lines = options.format === 'markdown' ? markdownLines(text) : normaliseLines(text);
  const language = detectLanguage(text);
  const people = recogniseAttendees(lines);
  const header = recogniseHeader(lines, people.consumed, language);
  const taken = new Set([...people.consumed, ...header.consumed]);
  const agenda = recogniseAgenda(lines, taken);
  for (const i of agenda.consumed) taken.add(i);
  const meetingDate = header.date ?? options.referenceDate ?? null;
  const resolve = createAssigneeResolver(people.attendees);
  const minutes: RecognisedMinutes = {
    language,
    series: header.series,
    title: header.title,
    date: header.date ?? options.referenceDate ?? null,
    time: header.time,
    place: header.place,
    attendees: people.attendees,
    absent: people.absent,
    secretary: people.secretary,
    chair: people.chair,
    verifiers: people.verifiers,
    agenda: agenda.items.map(({ number, title }) => ({ number, title })),
    decisions: [],
    tabled: [],
    actions: [],
    nextMeeting: null,
  };
  const actions: PendingAction[] = [];
  const itemAt = new Map(agenda.items.map((item) => [item.index, item.title]));
  const reader = new BodyReader(minutes, actions, resolve, { meetingDate, language });
  const roles: LineRole[] = lines.map((_, i) => (taken.has(i) ? { kind: 'structure' } : { kind: 'body' }));
  const agendaIndex = new Map(agenda.items.map((item, n) => [item.index, n]));

  let section: SectionKind = null;
  let intro: SectionKind = null;
  let attClauses = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as MinutesLine;
    if (taken.has(i) || line.kind === 'rule') continue;
    reader.line = i;
    if (!line.cells) reader.endTable();
    const title = itemAt.get(i);
    if (title !== undefined) {
      roles[i] = { kind: 'agendaItem', item: agendaIndex.get(i) ?? 0 };
      section = null;
      intro = null;
      reader.dueHint = null;
      reader.agendaItem = title;
      const titleLabel = matchLabel(title);
      reader.nextMeetingPending = titleLabel?.field === 'nextMeeting' && titleLabel.rest === '';
      continue;
    }
    if (line.text === '') continue;
    if (line.cells && reader.tableRow(line.cells, line.tableHeader === true)) continue;
    const label = matchLabel(line.text);
    if (agenda.subheadings.has(i) || line.kind === 'heading') {
      intro = null;
      reader.dueHint = null;
      if (line.kind !== 'heading' && DECIDED_THAT.test(line.text)) {
        intro = 'decisions';
        attClauses = true;
        continue;
      }
      section = headingKind(line.text, label?.field);
      roles[i] = { kind: label?.field === 'nextMeeting' ? 'nextMeeting' : 'heading' };
      if (label?.field === 'nextMeeting') reader.nextMeetingPending = true;
      continue;
    }
    if (label && label.rest === '' && line.kind !== 'item') {
      if (label.field === 'decisions' || label.field === 'actions') intro = label.field;
      if (label.field === 'nextMeeting') {
        reader.nextMeetingPending = true;
        roles[i] = { kind: 'nextMeeting' };
      }
      continue;
    }
    if (label && label.rest !== '' && reader.labelled(label.field, label.rest, label.note)) continue;
    if (reader.nextMeetingPending) {
      reader.nextMeetingPending = false;
      roles[i] = { kind: 'nextMeeting' };
      minutes.nextMeeting ??= recogniseNextMeeting(line.text, { meetingDate, language }, { labelled: true });
      continue;
    }
    if (line.kind !== 'item' && !(attClauses && /^att\s/iu.test(line.text))) {
      intro = null;
      attClauses = false;
      reader.dueHint = null;
    }
    if (line.kind !== 'item' && /:$/u.test(line.text)) {
      intro = introKind(line.text);
      if (intro === 'actions' && resolveDueDate(line.text, { meetingDate, nextMeetingDate: null, language }))
        reader.dueHint = line.text;
      continue;
    }
    if (line.kind !== 'item' && DECIDED_THAT.test(line.text)) {
      intro = 'decisions';
      attClauses = true;
      continue;
    }
    const forced: SectionKind = line.task
      ? 'actions'
      : line.kind === 'item' || attClauses
        ? (intro ?? section)
        : section;
    if (line.kind === 'item' && forced) reader.unit(line.text, forced);
    else for (const sentence of splitSentences(line.text)) reader.unit(sentence, forced);
  }

  minutes.nextMeeting ??= nextMeetingFromAgenda(agenda.items, { meetingDate, language });
  const meetingWords = `${header.title ?? ''} ${header.series ?? ''}`.toLowerCase().split(/[^\p{L}-]+/u);
  const dueContext = {
    meetingDate,
    nextMeetingDate: minutes.nextMeeting?.date ?? null,
    language,
    meetingWords,
  };
  const found = actions.map((action) => ({
    text: action.text,
    assignees: action.assignees,
    due:
      (action.due === null ? null : resolveDueField(action.due, dueContext)) ??
      resolveDueDate(action.text, dueContext) ??
      (action.dueHint === null ? null : resolveDueDate(action.dueHint, dueContext)),
    agendaItem: action.agendaItem,
  }));
  const merged = mergeRepeatedActions(found);
  minutes.actions = merged.kept;
  // A task repeated in a summary stays plain text where it is repeated.
  const actionsByLine = new Map<number, number[]>();
  const placed = new Set<number>();
  for (const [n, action] of actions.entries()) {
    const k = merged.into[n] ?? n;
    if (placed.has(k)) continue;
    placed.add(k);
    actionsByLine.set(action.line, [...(actionsByLine.get(action.line) ?? []), k]);
  }
  return { minutes, lines, roles, decisionsByLine: reader.decisionsByLine, actionsByLine };
}

/** What a line such as "Agreed actions:" or "Styrelsen beslutade:" introduces; its last word weighs most. */
function introKind(text: string): SectionKind {
  const last =
    text
      .replace(/[:\s]+$/u, '')
      .split(/\s+/u)
      .at(-1) ?? '';
  if (ACTION_INTRO.test(last)) return 'actions';
  return DECISION_INTRO.test(text) ? 'decisions' : ACTION_INTRO.test(text) ? 'actions' : null;
}

function headingKind(text: string, field: LabelField | undefined): SectionKind {
  if (field === 'decisions' || (DECISION_HEADING.test(text) && !ACTION_HEADING.test(text))) {
    return ACTION_WORD.test(text) ? null : 'decisions';
  }
  if (field === 'actions' || ACTION_HEADING.test(text)) return 'actions';
  return null;
}

function nextMeetingFromAgenda(
  items: readonly { title: string }[],
  context: { meetingDate: string | null; language: MinutesLanguage },
): RecognisedNextMeeting | null {
  for (const item of items) {
    const found = nextMeetingFromTitle(item.title, context);
    if (found) return found;
  }
  return null;
}
