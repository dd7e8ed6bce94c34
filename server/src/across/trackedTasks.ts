import type { Minutes, TrackedTask } from '@minutes/shared';
import { anchorId } from '../render/anchorId.js';
import type { TaskStatusChange } from './TaskStatusStore.js';

/** One meeting's part of the tracker: what the caller reads of it. */
export interface TaskSource {
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  seriesId: string | null;
  finalised: boolean;
  /** The version the caller reads; null for a draft, whose document carries every status. */
  version: number | null;
  /** The page the paths point into. */
  path: (anchor: string | null) => string;
}

/**
 * The tasks of one meeting's minutes as the tracker shows them. A status set through the tracker
 * counts over the text of a version older than the change (it was set after those minutes were
 * final); a draft's document already carries it.
 */
export function trackedTasks(
  source: TaskSource,
  minutes: Minutes,
  changes: readonly TaskStatusChange[],
  today: string,
): TrackedTask[] {
  const byNode = new Map(changes.map((change) => [change.nodeId, change]));
  return minutes.actions.map((action, index) => {
    const nodeId = action.id ?? `#${index}`;
    const change = byNode.get(nodeId);
    const applies =
      change !== undefined &&
      (source.version === null ? change.status === action.status : change.version >= source.version);
    const status = applies ? change.status : action.status;
    return {
      meetingId: source.meetingId,
      meetingTitle: source.meetingTitle,
      meetingDate: source.meetingDate,
      seriesId: source.seriesId,
      nodeId,
      text: action.text,
      assignees: action.assignees,
      due: action.due,
      dueDate: action.dueDate,
      status,
      overdue: status === 'open' && action.dueDate !== null && action.dueDate < today,
      agendaItemTitle: action.agendaItemTitle,
      finalised: source.finalised,
      statusChangedBy: applies ? change.changedBy : null,
      statusChangedAt: applies ? change.changedAt : null,
      path: source.path(anchorId('uppgift', action.id)),
    };
  });
}
