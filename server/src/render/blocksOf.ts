import { ACTION_ITEM_STATUSES, AGENDA_ITEM_STATUSES, ATTENDANCES, DUTIES } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import type { AttendeeRow, Block, Span } from './Block.js';
import { plainText } from './plainText.js';
import { safeHref } from './safeHref.js';

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(text).filter((v): v is string => v !== null) : [];
const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;
const children = (node: JSONContent): JSONContent[] =>
  Array.isArray(node.content) ? node.content.filter((child) => child && typeof child === 'object') : [];

/** The blocks of a minutes document, in order. Whatever is malformed or unknown is read as text. */
export function blocksOf(document: JSONContent): Block[] {
  const counter = { agendaItems: 0 };
  return children(document).flatMap((node) => readBlock(node, counter));
}

function readBlock(node: JSONContent, counter: { agendaItems: number }): Block[] {
  const attrs = node.attrs ?? {};
  const inner = () => children(node).flatMap((child) => readBlock(child, counter));
  switch (node.type) {
    case 'meetingHeader':
      return [
        {
          kind: 'meetingHeader',
          series: text(attrs.series),
          title: text(attrs.title),
          date: text(attrs.date),
          startTime: text(attrs.startTime),
          endTime: text(attrs.endTime),
          room: text(attrs.room),
          videoLink: text(attrs.videoLink),
        },
      ];
    case 'attendeeList':
      return [{ kind: 'attendees', rows: children(node).flatMap(readAttendee) }];
    case 'agendaItem': {
      counter.agendaItems += 1;
      const [first, ...rest] = children(node);
      const hasTitle = first?.type === 'agendaItemTitle';
      return [
        {
          kind: 'agendaItem',
          id: text(attrs.id),
          number: counter.agendaItems,
          title: hasTitle ? plainText(spansOf(first)).trim() : '',
          presenter: text(attrs.presenter),
          status: oneOf(AGENDA_ITEM_STATUSES, attrs.status, 'open'),
          blocks: (hasTitle ? rest : children(node)).flatMap((child) => readBlock(child, counter)),
        },
      ];
    }
    case 'heading': {
      const level = Number(attrs.level);
      return [{ kind: 'heading', level: level >= 1 && level <= 6 ? level : 1, spans: spansOf(node) }];
    }
    case 'codeBlock':
      return [{ kind: 'codeBlock', text: plainText(spansOf(node)) }];
    case 'bulletList':
    case 'orderedList': {
      const start = Number(attrs.start);
      return [
        {
          kind: 'list',
          ordered: node.type === 'orderedList',
          start: Number.isInteger(start) && start >= 0 ? start : 1,
          items: children(node).map((item) => readBlock(item, counter)),
        },
      ];
    }
    case 'listItem':
      return inner();
    case 'blockquote':
      return [{ kind: 'quote', blocks: inner() }];
    case 'decision':
      return [
        {
          kind: 'decision',
          id: text(attrs.id),
          spans: spansOf(node),
          reservations: texts(attrs.reservations),
          verifiedBy: text(attrs.verifiedBy),
          verifiedAt: text(attrs.verifiedAt),
        },
      ];
    case 'actionItem':
      return [
        {
          kind: 'task',
          id: text(attrs.id),
          spans: spansOf(node),
          assignees: texts(attrs.assignees),
          due: text(attrs.due),
          status: oneOf(ACTION_ITEM_STATUSES, attrs.status, 'open'),
        },
      ];
    case 'nextMeeting': {
      const next = { date: text(attrs.date), time: text(attrs.time), place: text(attrs.place) };
      // A next meeting nobody filled in says nothing, in any rendering.
      return next.date || next.time || next.place ? [{ kind: 'nextMeeting', ...next }] : [];
    }
    case 'horizontalRule':
      return [{ kind: 'rule' }];
    default: {
      const hasBlocks = children(node).some((child) => child.type !== 'text' && child.type !== 'hardBreak');
      if (hasBlocks) return inner();
      const spans = spansOf(node);
      return spans.length > 0 ? [{ kind: 'paragraph', spans }] : [];
    }
  }
}

function readAttendee(node: JSONContent): AttendeeRow[] {
  const attrs = node.attrs ?? {};
  const name = text(attrs.name);
  if (node.type !== 'attendee' || !name) return [];
  return [
    {
      id: text(attrs.id),
      name,
      role: text(attrs.role),
      organisation: text(attrs.organisation),
      attendance: oneOf(ATTENDANCES, attrs.attendance, 'present'),
      duty: DUTIES.includes(attrs.duty) ? attrs.duty : null,
    },
  ];
}

/** The inline content of a node (or the node itself, when it is a text node). */
function spansOf(node: JSONContent): Span[] {
  if (node.type === 'hardBreak') return [{ ...plain, text: '\n' }];
  if (node.type === 'text') return typeof node.text === 'string' && node.text ? [spanOf(node)] : [];
  return children(node).flatMap(spansOf);
}

const plain: Span = {
  text: '',
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  code: false,
  href: null,
};

function spanOf(node: JSONContent): Span {
  const span: Span = { ...plain, text: node.text ?? '' };
  for (const mark of Array.isArray(node.marks) ? node.marks : []) {
    if (mark?.type === 'bold') span.bold = true;
    else if (mark?.type === 'italic') span.italic = true;
    else if (mark?.type === 'underline') span.underline = true;
    else if (mark?.type === 'strike') span.strike = true;
    else if (mark?.type === 'code') span.code = true;
    else if (mark?.type === 'link') span.href = safeHref(mark.attrs?.href);
  }
  return span;
}
