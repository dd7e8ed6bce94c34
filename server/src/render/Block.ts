import type { ActionItemStatus, AgendaItemStatus, Attendance, Duty } from '@minutes/shared';

/** A run of text with its marks. A hard break is a span whose text is "\n". */
export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
  /** Only http(s) and mailto links survive; anything else is dropped while reading. */
  href: string | null;
}

export interface AttendeeRow {
  id: string | null;
  name: string;
  role: string | null;
  organisation: string | null;
  attendance: Attendance;
  duty: Duty | null;
}

export interface MeetingHeaderBlock {
  kind: 'meetingHeader';
  series: string | null;
  title: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  room: string | null;
  videoLink: string | null;
}

export interface AttendeesBlock {
  kind: 'attendees';
  rows: AttendeeRow[];
}

export interface AgendaItemBlock {
  kind: 'agendaItem';
  id: string | null;
  /** 1-based position among the document's agenda items. */
  number: number;
  title: string;
  presenter: string | null;
  status: AgendaItemStatus;
  blocks: Block[];
}

export interface HeadingBlock {
  kind: 'heading';
  level: number;
  spans: Span[];
}

export interface ParagraphBlock {
  kind: 'paragraph';
  spans: Span[];
}

export interface CodeBlock {
  kind: 'codeBlock';
  text: string;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  start: number;
  items: Block[][];
}

export interface QuoteBlock {
  kind: 'quote';
  blocks: Block[];
}

export interface DecisionBlock {
  kind: 'decision';
  id: string | null;
  spans: Span[];
  reservations: string[];
  /** Set when the decision was verified at once (omedelbar justering). */
  verifiedBy: string | null;
  verifiedAt: string | null;
}

export interface TaskBlock {
  kind: 'task';
  id: string | null;
  spans: Span[];
  assignees: string[];
  /** As written: a date (YYYY-MM-DD) or a named meeting. */
  due: string | null;
  status: ActionItemStatus;
}

export interface NextMeetingBlock {
  kind: 'nextMeeting';
  date: string | null;
  time: string | null;
  place: string | null;
}

export interface RuleBlock {
  kind: 'rule';
}

/** One block of a minutes document, read defensively from its ProseMirror JSON. */
export type Block =
  | MeetingHeaderBlock
  | AttendeesBlock
  | AgendaItemBlock
  | HeadingBlock
  | ParagraphBlock
  | CodeBlock
  | ListBlock
  | QuoteBlock
  | DecisionBlock
  | TaskBlock
  | NextMeetingBlock
  | RuleBlock;
