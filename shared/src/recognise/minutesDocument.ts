import type { JSONContent } from '@tiptap/core';
import { minutesContent as m } from '../minutesContent.js';
import type { Duty } from '../nodes/Attendee.js';
import type { MinutesLine } from './MinutesLine.js';
import type { RecognisedAttendee, RecognisedMinutes } from './RecognisedMinutes.js';
import type { MinutesAnalysis } from './recogniseMinutes.js';

const TIME_SPAN = /(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})/u;
const ONE_TIME = /(\d{1,2})[.:](\d{2})/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

const clock = (hours: string, minutes: string) => `${hours.padStart(2, '0')}:${minutes}`;

function times(time: string | null): { startTime: string | null; endTime: string | null } {
  const span = time ? TIME_SPAN.exec(time) : null;
  if (span)
    return { startTime: clock(span[1] ?? '', span[2] ?? ''), endTime: clock(span[3] ?? '', span[4] ?? '') };
  const one = time ? ONE_TIME.exec(time) : null;
  return { startTime: one ? clock(one[1] ?? '', one[2] ?? '') : null, endTime: null };
}

function dutyOf(name: string, minutes: RecognisedMinutes, written: Duty | null): Duty | null {
  if (written) return written;
  if (minutes.chair === name) return 'chair';
  if (minutes.secretary === name) return 'secretary';
  if (minutes.verifiers.includes(name)) return 'verifier';
  return null;
}

function attendeeRows(minutes: RecognisedMinutes): JSONContent[] {
  const people: RecognisedAttendee[] = [...minutes.attendees, ...minutes.absent];
  const listed = new Set(people.map((person) => person.name));
  const named: Array<[string | null, Duty]> = [
    [minutes.chair, 'chair'],
    [minutes.secretary, 'secretary'],
    ...minutes.verifiers.map((name): [string, Duty] => [name, 'verifier']),
  ];
  for (const [name, duty] of named) {
    if (name && !listed.has(name)) {
      people.push({ name, role: null, organisation: null, duty, attendance: 'present' });
      listed.add(name);
    }
  }
  return people.map((person) =>
    m.attendee(person.name, {
      role: person.role,
      organisation: person.organisation,
      attendance: person.attendance,
      duty: dutyOf(person.name, minutes, person.duty),
    }),
  );
}

/** Consecutive list items become one bullet list; everything else is a block of its own. */
class BlockList {
  readonly blocks: JSONContent[] = [];
  private items: string[] = [];

  add(block: JSONContent): void {
    this.flushList();
    this.blocks.push(block);
  }

  item(text: string): void {
    this.items.push(text);
  }

  done(): JSONContent[] {
    this.flushList();
    return this.blocks;
  }

  private flushList(): void {
    if (this.items.length > 0) this.blocks.push(m.bulletList(...this.items));
    this.items = [];
  }
}

/**
 * A document in the minutes schema built from recognised minutes: header, attendee list, one
 * agenda item per recognised item with all its text, decisions and tasks as nodes where they were
 * written, and the next meeting. Text that belongs to no agenda item stays before the first one.
 */
export function minutesDocument({
  minutes,
  lines,
  roles,
  decisionsByLine,
  actionsByLine,
}: MinutesAnalysis): JSONContent {
  const preamble = new BlockList();
  const items: Array<{ title: string; blocks: BlockList }> = [];
  let current = preamble;

  lines.forEach((line: MinutesLine, i) => {
    const role = roles[i];
    if (!role || role.kind === 'structure' || role.kind === 'nextMeeting' || line.kind === 'rule') return;
    if (role.kind === 'agendaItem') {
      const blocks = new BlockList();
      items.push({ title: minutes.agenda[role.item]?.title ?? line.text, blocks });
      current = blocks;
      return;
    }
    if (line.text.trim() === '') return;
    const actions = (actionsByLine.get(i) ?? [])
      .map((n) => minutes.actions[n])
      .filter((a) => a !== undefined);
    const decisions = (decisionsByLine.get(i) ?? [])
      .map((n) => minutes.decisions[n])
      .filter((d) => d !== undefined);
    // A line may hold a decision and a task at once ("Styrelsen beslutar att uppdra åt Eva att …"):
    // both become nodes. A single one keeps the whole line as its text.
    for (const decision of decisions) {
      const whole = decisions.length === 1 && line.text.includes(decision.text);
      current.add(m.decision(whole ? line.text : decision.text));
    }
    for (const action of actions) {
      const whole = actions.length === 1 && decisions.length === 0;
      current.add(
        m.actionItem(whole ? line.text : action.text, { assignees: action.assignees, due: action.due }),
      );
    }
    if (decisions.length > 0 || actions.length > 0) return;
    if (line.kind === 'item') current.item(line.text);
    else if (role.kind === 'heading')
      current.add({
        type: 'paragraph',
        content: [{ type: 'text', text: line.text, marks: [{ type: 'bold' }] }],
      });
    else current.add(m.paragraph(line.text));
  });

  const tabled = new Set(minutes.tabled.map((entry) => entry.agendaItem).filter((title) => title !== null));
  const next = minutes.nextMeeting;
  return m.doc(
    m.meetingHeader({
      series: minutes.series,
      title: minutes.title,
      date: minutes.date,
      ...times(minutes.time),
      room: minutes.place,
    }),
    m.attendeeList(...attendeeRows(minutes)),
    ...preamble.done(),
    ...items.map(({ title, blocks }) => {
      const content = blocks.done();
      return m.agendaItem(title, content.length > 0 ? content : [m.paragraph()], {
        status: tabled.has(title) ? 'tabled' : 'open',
      });
    }),
    m.nextMeeting({
      date: next?.date && ISO_DATE.test(next.date) ? next.date : null,
      time: next?.time ?? null,
      place: next?.place ?? null,
    }),
  );
}
