import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Attendance } from '../nodes/Attendee.js';
import type {
  AgendaReference,
  Minutes,
  MinutesAction,
  MinutesAgendaItem,
  MinutesAttendee,
  MinutesDecision,
} from './Minutes.js';

export interface ExtractOptions {
  /** The meeting's date (YYYY-MM-DD), used when the document's header has none. */
  meetingDate: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NEXT_MEETING = /\b(nästa|kommande|next)\b/i;
const PRESENT: readonly Attendance[] = ['present', 'remote'];

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim())
    : [];

/** Minutes with nothing in them yet: what a document without structure gives. */
export function emptyMinutes(meetingDate: string | null): Minutes {
  return {
    series: null,
    title: null,
    date: meetingDate,
    startTime: null,
    endTime: null,
    room: null,
    videoLink: null,
    attendees: [],
    absent: [],
    secretary: null,
    chair: null,
    verifiers: [],
    agenda: [],
    decisions: [],
    actions: [],
    tabled: [],
    next_meeting: null,
  };
}

/** Reads the structured minutes out of a document in the minutes schema. Pure: no clock, no I/O. */
export function extractMinutes(doc: ProseMirrorNode, { meetingDate }: ExtractOptions): Minutes {
  const minutes = emptyMinutes(meetingDate);
  let headerSeen = false;

  doc.descendants((node) => {
    const attrs = node.attrs;
    switch (node.type.name) {
      case 'meetingHeader':
        if (headerSeen) return false;
        headerSeen = true;
        minutes.series = str(attrs.series);
        minutes.title = str(attrs.title);
        minutes.date = str(attrs.date) ?? meetingDate;
        minutes.startTime = str(attrs.startTime);
        minutes.endTime = str(attrs.endTime);
        minutes.room = str(attrs.room);
        minutes.videoLink = str(attrs.videoLink);
        return false;
      case 'attendeeList':
        return true;
      case 'attendee': {
        const name = str(attrs.name);
        if (!name) return false;
        const attendee: MinutesAttendee = {
          id: attrs.id ?? null,
          name,
          role: str(attrs.role),
          organisation: str(attrs.organisation),
          attendance: attrs.attendance ?? 'present',
          duty: attrs.duty ?? null,
        };
        (PRESENT.includes(attendee.attendance) ? minutes.attendees : minutes.absent).push(attendee);
        if (attendee.duty === 'secretary') minutes.secretary ??= name;
        if (attendee.duty === 'chair') minutes.chair ??= name;
        if (attendee.duty === 'verifier') minutes.verifiers.push(name);
        return false;
      }
      case 'agendaItem': {
        const item = agendaItemOf(node);
        const number = minutes.agenda.length + 1;
        const { id, title, presenter, status } = item.entry;
        minutes.agenda.push({ id, number, title, presenter, status });
        if (item.entry.status === 'tabled')
          minutes.tabled.push({
            agendaItemId: item.entry.id,
            agendaItemNumber: number,
            text: item.entry.title,
          });
        const where = {
          agendaItemId: item.entry.id,
          agendaItemNumber: number,
          agendaItemTitle: item.entry.title,
        };
        for (const decision of item.found.decisions) {
          minutes.decisions.push({ ...decision, reservations: [...decision.reservations], ...where });
        }
        for (const action of item.found.actions) {
          minutes.actions.push({ ...action, assignees: [...action.assignees], ...where });
        }
        return false;
      }
      case 'nextMeeting':
        if (!minutes.next_meeting) {
          minutes.next_meeting = {
            id: attrs.id ?? null,
            date: str(attrs.date),
            time: str(attrs.time),
            place: str(attrs.place),
          };
        }
        return false;
      default:
        return visitBlock(node, NOWHERE, minutes);
    }
  });

  // A task due "at the next meeting" is due on the next meeting's date, once that is known.
  const nextDate = minutes.next_meeting?.date;
  if (nextDate && ISO_DATE.test(nextDate)) {
    for (const action of minutes.actions) {
      if (!action.dueDate && action.due && NEXT_MEETING.test(action.due)) action.dueDate = nextDate;
    }
  }
  return minutes;
}

/** Decisions and tasks found in a part of a document. */
interface Found {
  decisions: MinutesDecision[];
  actions: MinutesAction[];
}

const NOWHERE: AgendaReference = { agendaItemId: null, agendaItemNumber: null, agendaItemTitle: null };

/**
 * What an agenda item holds, by its node. Nodes never change, and an editor (or the server's copy
 * of a live document) keeps the nodes of the items nobody edited, so a long document is read
 * again one changed item at a time. Where the item stands (its number) is added by the caller.
 */
const agendaItems = new WeakMap<
  ProseMirrorNode,
  { entry: Omit<MinutesAgendaItem, 'number'>; found: Found }
>();

function agendaItemOf(node: ProseMirrorNode): { entry: Omit<MinutesAgendaItem, 'number'>; found: Found } {
  const known = agendaItems.get(node);
  if (known) return known;
  const attrs = node.attrs;
  const title = node.firstChild?.type.name === 'agendaItemTitle' ? node.firstChild.textContent.trim() : '';
  const found: Found = { decisions: [], actions: [] };
  node.forEach((child) => {
    if (child.type.name !== 'agendaItemTitle') visitBlock(child, NOWHERE, found);
  });
  const item = {
    entry: { id: attrs.id ?? null, title, presenter: str(attrs.presenter), status: attrs.status ?? 'open' },
    found,
  };
  agendaItems.set(node, item);
  return item;
}

function visitBlock(node: ProseMirrorNode, where: AgendaReference, into: Found): boolean {
  const attrs = node.attrs;
  if (node.type.name === 'decision') {
    const text = node.textContent.trim();
    if (text)
      into.decisions.push({
        id: attrs.id ?? null,
        text,
        reservations: strings(attrs.reservations),
        ...where,
      });
    return false;
  }
  if (node.type.name === 'actionItem') {
    const text = node.textContent.trim();
    if (text) {
      const due = str(attrs.due);
      into.actions.push({
        id: attrs.id ?? null,
        text,
        assignees: strings(attrs.assignees),
        due,
        dueDate: due && ISO_DATE.test(due) ? due : null,
        status: attrs.status === 'done' ? 'done' : 'open',
        ...where,
      });
    }
    return false;
  }
  // Text holds no blocks.
  if (!node.inlineContent) {
    node.forEach((child) => {
      visitBlock(child, where, into);
    });
  }
  return false;
}
