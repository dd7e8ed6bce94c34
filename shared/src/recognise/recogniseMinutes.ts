import { detectLanguage } from './detectLanguage.js';
import type { MinutesLine } from './MinutesLine.js';
import { markdownLines } from './markdownLines.js';
import { type LabelField, matchLabel } from './matchLabel.js';
import { normaliseLines } from './normaliseLines.js';
import type {
  MinutesLanguage,
  RecognisedAction,
  RecognisedMinutes,
  RecognisedNextMeeting,
  RecogniseOptions,
} from './RecognisedMinutes.js';
import { ownerOf, recogniseAction, splitClauses } from './recogniseAction.js';
import { recogniseAgenda } from './recogniseAgenda.js';
import { recogniseAttendees, recogniseElection } from './recogniseAttendees.js';
import { recogniseDecision } from './recogniseDecision.js';
import { recogniseHeader } from './recogniseHeader.js';
import { nextMeetingFromTitle, recogniseNextMeeting } from './recogniseNextMeeting.js';
import { recogniseTabled } from './recogniseTabled.js';
import { type AssigneeResolver, createAssigneeResolver } from './resolveAssignees.js';
import { resolveDueDate } from './resolveDueDate.js';
import { splitSentences } from './splitSentences.js';
import { wordBoundaries } from './wordBoundaries.js';

const DECIDED_THAT = wordBoundaries(/\b(?:beslutade|beslutar|beslöt|beslutades|beslutas)$/iu);
const ACTION_WORD = wordBoundaries(/\båtgärd|\baction/iu);
const TRAILING_CONJUNCTION = wordBoundaries(/(?:\s*(?:,|;|\bsamt|\boch))+\s*$/iu);

type SectionKind = 'decisions' | 'actions' | null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const MAX_SENTENCE = 1500;
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
  /\b(?:planeras|åtgärder|att göra|uppdrag|uppgifter|actions?|action items|next steps|to do|tasks?)\b/iu,
);
const CARRIED =
  /^(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:carried|passed|approved|adopted|bifölls|bifalles)(?:\s+(?:unanimously|enhälligt|without objection))?\.?$/iu;
/** "Ansvarig: Petra tar kontakt …": a word and a colon before the sentence itself. */
const LINE_LABEL = /^\p{Lu}[\p{L} -]{1,25}:\s+(\p{Lu}.*)$/u;
const NOTHING = wordBoundaries(/^(?:inga|inget|ingen|no|none|n\/a|-|–)\b/iu);

interface PendingAction {
  text: string;
  assignees: string[];
  agendaItem: string | null;
  line: number;
}

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
    if (taken.has(i) || line.kind === 'rule' || line.text === '') continue;
    reader.line = i;
    const title = itemAt.get(i);
    if (title !== undefined) {
      roles[i] = { kind: 'agendaItem', item: agendaIndex.get(i) ?? 0 };
      section = null;
      intro = null;
      reader.agendaItem = title;
      continue;
    }
    const label = matchLabel(line.text);
    if (agenda.subheadings.has(i) || line.kind === 'heading') {
      section = headingKind(line.text, label?.field);
      intro = null;
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
    if (label && label.rest !== '' && reader.labelled(label.field, label.rest)) continue;
    if (reader.nextMeetingPending) {
      reader.nextMeetingPending = false;
      roles[i] = { kind: 'nextMeeting' };
      minutes.nextMeeting ??= recogniseNextMeeting(line.text, { meetingDate, language }, { labelled: true });
      continue;
    }
    if (line.kind !== 'item' && !(attClauses && /^att\s/iu.test(line.text))) {
      intro = null;
      attClauses = false;
    }
    if (line.kind !== 'item' && /:$/u.test(line.text)) {
      intro = DECISION_INTRO.test(line.text) ? 'decisions' : ACTION_INTRO.test(line.text) ? 'actions' : null;
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
  const nextMeetingDate = minutes.nextMeeting?.date ?? null;
  minutes.actions = actions.map(
    (action): RecognisedAction => ({
      text: action.text,
      assignees: action.assignees,
      due: resolveDueDate(action.text, { meetingDate, nextMeetingDate, language }),
      agendaItem: action.agendaItem,
    }),
  );
  const actionsByLine = new Map<number, number[]>();
  for (const [n, action] of actions.entries()) {
    actionsByLine.set(action.line, [...(actionsByLine.get(action.line) ?? []), n]);
  }
  return { minutes, lines, roles, decisionsByLine: reader.decisionsByLine, actionsByLine };
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

/** Reads body text one unit (a sentence or a list item) at a time. */
class BodyReader {
  agendaItem: string | null = null;
  nextMeetingPending = false;
  /** The line being read. */
  line = 0;
  readonly decisionsByLine = new Map<number, number[]>();
  private lastSentence: string | null = null;

  constructor(
    private readonly minutes: RecognisedMinutes,
    private readonly actions: PendingAction[],
    private readonly resolve: AssigneeResolver,
    private readonly context: { meetingDate: string | null; language: MinutesLanguage },
  ) {}

  /** A line with a label and text after it; false when the label is not one the body handles. */
  labelled(field: LabelField, rest: string): boolean {
    if (NOTHING.test(rest) && rest.split(/\s+/u).length <= 3) return true;
    if (field === 'decisions') {
      this.decision(rest);
      this.action(rest, false);
      return true;
    }
    if (field === 'actions') {
      this.action(rest, true);
      return true;
    }
    if (field === 'nextMeeting') {
      this.minutes.nextMeeting ??= recogniseNextMeeting(rest, this.context, { labelled: true });
      return true;
    }
    return field === 'date' || field === 'time' || field === 'place' || field === 'agenda';
  }

  unit(raw: string, forced: SectionKind) {
    const text = raw.trim();
    if (text === '' || text.length > MAX_SENTENCE) return;
    const previous = this.lastSentence;
    this.lastSentence = text;
    const elected = recogniseElection(text);
    if (elected) {
      const [first = null] = elected.names;
      if (elected.duty === 'chair') this.minutes.chair ??= first;
      else if (elected.duty === 'secretary') this.minutes.secretary ??= first;
      else
        for (const name of elected.names)
          if (!this.minutes.verifiers.includes(name)) this.minutes.verifiers.push(name);
    }
    if (CARRIED.test(text) && previous) {
      this.decision(previous);
      return;
    }
    if (recogniseTabled(text)) {
      this.tabled(text);
      return;
    }
    const next = recogniseNextMeeting(text, this.context);
    if (next) {
      this.minutes.nextMeeting ??= next;
      return;
    }
    if (forced === 'decisions' || recogniseDecision(text)) this.decision(text);
    this.action(text, forced === 'actions');
  }

  private decision(text: string) {
    const clean = text.replace(TRAILING_CONJUNCTION, '').trim();
    if (clean.split(/\s+/u).length < 2 || /\?$/u.test(clean)) return;
    if (this.minutes.decisions.some((d) => d.text === clean)) return;
    this.minutes.decisions.push({ text: clean, agendaItem: this.agendaItem });
    const found = this.decisionsByLine.get(this.line) ?? [];
    this.decisionsByLine.set(this.line, [...found, this.minutes.decisions.length - 1]);
  }

  private tabled(text: string) {
    const subjectless = /^bordl|^tabled|^deferred|^postponed/iu.test(text);
    const clean = subjectless && this.agendaItem ? `${this.agendaItem}: ${text}` : text;
    this.minutes.tabled.push({ text: clean, agendaItem: this.agendaItem });
  }

  private action(text: string, forced: boolean) {
    if (/\?$/u.test(text)) return;
    const clauses = splitClauses(text);
    if (clauses.length > 1) {
      const found = clauses.map((clause) =>
        recogniseAction(clause, { resolve: this.resolve, hasDue: () => false }),
      );
      if (found.every((match) => match !== null && match.assignees.length > 0)) {
        for (const [k, clause] of clauses.entries()) this.pushAction(clause, found[k]?.assignees ?? []);
        return;
      }
    }
    let memo: boolean | undefined;
    const hasDue = () => (memo ??= resolveDueDate(text, { ...this.context, nextMeetingDate: null }) !== null);
    const prefixed = LINE_LABEL.exec(text);
    const found =
      recogniseAction(text, { resolve: this.resolve, hasDue }) ??
      (prefixed ? recogniseAction(prefixed[1] ?? '', { resolve: this.resolve, hasDue }) : null);
    if (!found && !forced) return;
    this.pushAction(text, found?.assignees.length ? found.assignees : ownerOf(text, this.resolve));
  }

  private pushAction(text: string, assignees: string[]) {
    if (this.actions.some((a) => a.text === text)) return;
    this.actions.push({ text, assignees, agendaItem: this.agendaItem, line: this.line });
  }
}
