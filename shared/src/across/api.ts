import { z } from 'zod';
import type { ActionItemStatus } from '../nodes/ActionItem.js';

/**
 * Across the meetings of a series: the task tracker, the decision register, search and calendar
 * feeds. What a caller sees follows their role in each meeting: members see the draft's minutes,
 * readers the latest published version (masked), and nobody sees meetings they have no role in.
 */

/** A task as the tracker shows it, wherever it was written. */
export interface TrackedTask {
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  seriesId: string | null;
  nodeId: string;
  text: string;
  assignees: string[];
  /** As written: a date or a named meeting. */
  due: string | null;
  /** The due date as a calendar date, when it is one or resolves to one. */
  dueDate: string | null;
  status: ActionItemStatus;
  /** Open and due before today. */
  overdue: boolean;
  agendaItemTitle: string | null;
  /** The task's meeting is finalised: a status change is kept in the tracker, the final text stays. */
  finalised: boolean;
  /** Who last set the status through the tracker, and when; null when it is as written. */
  statusChangedBy: string | null;
  statusChangedAt: string | null;
  /** The path to the task: `/meetings/<id>#uppgift-<nodeId>`. */
  path: string;
}

/** GET /api/series/:id/tasks and GET /api/tasks/mine take these query parameters, all optional. */
export const TaskFilter = z.strictObject({
  status: z.enum(['open', 'done', 'overdue', 'all']).default('all'),
  /** Tasks where one of the assignees contains this (case-insensitive). */
  assignee: z.string().trim().max(120).optional(),
  meeting: z.string().max(64).optional(),
  /** Due on or before / on or after (YYYY-MM-DD). */
  dueBefore: z.iso.date().optional(),
  dueAfter: z.iso.date().optional(),
});
export type TaskFilter = z.infer<typeof TaskFilter>;

/** PUT /api/meetings/:id/tasks/:nodeId/status, answered with `{ task: TrackedTask }` */
export const SetTaskStatus = z.strictObject({ status: z.enum(['open', 'done']) });

/** A decision as the register shows it. */
export interface RegisteredDecision {
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  nodeId: string;
  text: string;
  reservations: string[];
  agendaItemNumber: number | null;
  agendaItemTitle: string | null;
  finalised: boolean;
  /** The path to the decision: `/meetings/<id>#beslut-<nodeId>`, or the version page for readers. */
  path: string;
}

/** One part of a search hit's snippet; `hit` parts match the query. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  seriesId: string | null;
  /** Where the text comes from: the live draft (members) or the published version (readers). */
  source: 'draft' | 'published';
  path: string;
  snippets: SnippetPart[][];
}

/** GET /api/search?q=…&series=… */
export const SearchQuery = z.strictObject({
  q: z.string().trim().min(2, { error: 'search for at least 2 characters' }).max(200),
  series: z.string().max(64).optional(),
});

/** GET /api/feeds: the caller's calendar feed addresses (with a secret token; keep them private). */
export interface Feeds {
  /** The caller's tasks' due dates. */
  tasks: string;
  /** Each series the caller is a member of: its meetings. */
  series: Array<{ id: string; name: string; path: string }>;
}

/** POST /api/meetings/:id/next: a new meeting of the same series, from this one. */
export const MeetingFromPrevious = z.strictObject({
  date: z.iso.date({ error: 'date must be a calendar date as YYYY-MM-DD' }),
  title: z.string().trim().min(1).max(200).optional(),
});
