import { type LabelField, matchLabel } from './matchLabel.js';
import type { MinutesLanguage, RecognisedMinutes } from './RecognisedMinutes.js';
import { ownerOf, recogniseAction, splitClauses } from './recogniseAction.js';
import { recogniseDecision } from './recogniseDecision.js';
import { recogniseElections } from './recogniseElections.js';
import { recogniseNextMeeting } from './recogniseNextMeeting.js';
import { recogniseTabled } from './recogniseTabled.js';
import type { AssigneeResolver } from './resolveAssignees.js';
import { resolveDueDate } from './resolveDueDate.js';
import { splitSentences } from './splitSentences.js';
import { type TableColumns, tableColumns } from './tableColumns.js';
import { wordBoundaries } from './wordBoundaries.js';

export type SectionKind = 'decisions' | 'actions' | null;

export interface PendingAction {
  text: string;
  assignees: string[];
  agendaItem: string | null;
  line: number;
  /** A due date written apart from the task ("Klart till: 20/10", a table's "Due" column). */
  due: string | null;
  /** Text that sets a due date for every task under it ("Till nästa gång:"). */
  dueHint: string | null;
}

const TRAILING_CONJUNCTION = wordBoundaries(/(?:\s*(?:,|;|\bsamt|\boch))+\s*$/iu);
const MAX_SENTENCE = 1500;
const CARRIED =
  /^(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:carried|passed|approved|adopted|bifölls|bifalles)(?:\s+(?:unanimously|enhälligt|without objection))?\.?$/iu;
/** "Ansvarig: Petra tar kontakt …": a word and a colon before the sentence itself. */
const LINE_LABEL = /^\p{Lu}[\p{L} -]{1,25}:\s+(\p{Lu}.*)$/u;
/** "Moved by Dev Patel, seconded by Sarah Whitmore. Carried.": the motion is the sentence before. */
const MOVED = wordBoundaries(/^(?:moved|proposed|seconded|föreslogs|yrkat)\s+(?:by|av)\b/iu);
/** "Moira – book the community room – asap" in a task list: owner, task and due date. */
const DASHED = /^([^–—-]{2,60}?)\s+[-–—]\s+(.{3,}?)\s+[-–—]\s+([^–—-]{2,40})$/u;
/** "Action 24/33: outstanding, carried forward": how an earlier task stands, not a new one. */
const STATUS = wordBoundaries(
  /^(?:status\s*:\s*)?(?:outstanding|complete|completed|done|closed|ongoing|in progress|carried (?:forward|over)|pending|klar|klart|avklarad|avslutad|pågår|kvarstår|påbörjad)\b|\b(?:action|åtgärd(?:en)?|uppgift(?:en)?)\s+(?:closed|complete|completed|done|klar|avslutad)\.?$/iu,
);
const NOTHING = wordBoundaries(/^(?:inga|inget|ingen|no|none|n\/a|-|–)\b/iu);

/** Reads body text one unit (a sentence or a list item) at a time. */
export class BodyReader {
  agendaItem: string | null = null;
  nextMeetingPending = false;
  /** The line being read. */
  line = 0;
  /** The due date that the current list's introduction sets ("Till nästa gång:"). */
  dueHint: string | null = null;
  readonly decisionsByLine = new Map<number, number[]>();
  private lastSentence: string | null = null;
  private sentenceBefore: string | null = null;
  private lastUnit: { text: string; line: number; agendaItem: string | null } | null = null;
  private table: TableColumns | null = null;

  constructor(
    private readonly minutes: RecognisedMinutes,
    private readonly actions: PendingAction[],
    private readonly resolve: AssigneeResolver,
    private readonly context: { meetingDate: string | null; language: MinutesLanguage },
  ) {}

  /** A line with a label and text after it; false when the label is not one the body handles. */
  labelled(field: LabelField, rest: string, note?: string): boolean {
    if (NOTHING.test(rest) && rest.split(/\s+/u).length <= 3) return true;
    if (field === 'decisions') {
      for (const sentence of splitSentences(rest)) {
        this.decision(sentence);
        this.action(sentence, false);
      }
      return true;
    }
    if (field === 'actions') {
      if (STATUS.test(rest)) return true;
      const owners = note ? this.resolve(note) : null;
      if (owners) this.pushAction(rest, owners);
      else this.action(rest, true);
      return true;
    }
    if (field === 'owner') return this.owner(rest);
    if (field === 'due') return this.due(rest);
    if (field === 'nextMeeting') {
      this.minutes.nextMeeting ??= recogniseNextMeeting(rest, this.context, { labelled: true });
      return true;
    }
    return (
      field === 'date' || field === 'time' || field === 'place' || field === 'agenda' || field === 'other'
    );
  }

  /** A table row; true when it was read as a task or decision under a header that names its columns. */
  tableRow(cells: readonly string[], header: boolean): boolean {
    if (header) {
      this.table = tableColumns(cells);
      return this.table !== null;
    }
    const table = this.table;
    if (!table) return false;
    const text = cells[table.text]?.trim() ?? '';
    if (text === '') return true;
    if (table.kind === 'decisions') {
      this.decision(text);
      return true;
    }
    const owner = table.owner === null ? '' : (cells[table.owner] ?? '').trim();
    const assignees =
      owner === ''
        ? ownerOf(text, this.resolve)
        : (this.resolve(owner) ?? owner.split(/\s*(?:,|\/|&|;)\s*/u));
    this.pushAction(text, assignees, table.due === null ? null : (cells[table.due] ?? '').trim() || null);
    return true;
  }

  /** A new list or paragraph that is no table. */
  endTable() {
    this.table = null;
  }

  unit(raw: string, forced: SectionKind) {
    const text = raw.trim();
    if (text === '' || text.length > MAX_SENTENCE) return;
    const label = /^\p{L}[\p{L} ]{1,20}:/u.test(text) ? matchLabel(text) : null;
    if (
      (label?.field === 'owner' || label?.field === 'due') &&
      label.rest !== '' &&
      this.labelled(label.field, label.rest)
    )
      return;
    const previous = MOVED.test(this.lastSentence ?? '') ? this.sentenceBefore : this.lastSentence;
    this.sentenceBefore = this.lastSentence;
    this.lastSentence = text;
    for (const elected of recogniseElections(text)) {
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
    this.lastUnit = { text, line: this.line, agendaItem: this.agendaItem };
    if (forced === 'decisions' || recogniseDecision(text)) this.decision(text);
    this.action(text, forced === 'actions');
  }

  /** "Ansvarig: Johan S" after a sentence: the sentence is a task for them. */
  private owner(rest: string): boolean {
    const who = this.resolve(rest.replace(/[.;]+$/u, ''));
    if (!who) return false;
    const task = this.lastTask() ?? this.taskFromLastUnit(() => false);
    if (task) task.assignees = who;
    return true;
  }

  /** "Klart till: 20/10" after a sentence: the sentence is a task due then. */
  private due(rest: string): boolean {
    const task = this.lastTask() ?? this.taskFromLastUnit(() => true);
    if (task) task.due = rest;
    return true;
  }

  /** The task read from the last unit, if it was read as one. */
  private lastTask(): PendingAction | null {
    const last = this.actions.at(-1);
    const unit = this.lastUnit;
    if (!last || !unit) return null;
    return last.line === unit.line && unit.text.includes(last.text.slice(0, 40)) ? last : null;
  }

  private taskFromLastUnit(hasDue: () => boolean): PendingAction | null {
    const unit = this.lastUnit;
    if (!unit || unit.agendaItem !== this.agendaItem) return null;
    const found = recogniseAction(unit.text, { resolve: this.resolve, hasDue });
    const action: PendingAction = {
      text: unit.text,
      assignees: found?.assignees ?? ownerOf(unit.text, this.resolve),
      agendaItem: unit.agendaItem,
      line: unit.line,
      due: null,
      dueHint: null,
    };
    this.actions.push(action);
    return action;
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
    const subjectless = /^bordl|^tabled|^deferred|^postponed|^tas upp igen|^revisit/iu.test(text);
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
    const dashed = forced ? DASHED.exec(text) : null;
    const owners = dashed ? this.resolve(dashed[1] ?? '') : null;
    const when = dashed?.[3] ?? '';
    if (
      dashed &&
      owners &&
      resolveDueDate(`by ${when}`, { ...this.context, nextMeetingDate: null }) !== null
    ) {
      this.pushAction(text, owners, dashed[3] ?? null);
      return;
    }
    this.pushAction(text, found?.assignees.length ? found.assignees : ownerOf(text, this.resolve));
  }

  private pushAction(text: string, assignees: string[], due: string | null = null) {
    if (this.actions.some((a) => a.text === text)) return;
    this.actions.push({
      text,
      assignees,
      agendaItem: this.agendaItem,
      line: this.line,
      due,
      dueHint: this.dueHint,
    });
  }
}
