import type { ActionItemStatus, MeetingId } from '@minutes/shared';

/** A task's status as set through the tracker. */
export interface TaskStatusChange {
  meetingId: MeetingId;
  nodeId: string;
  status: ActionItemStatus;
  changedBy: string;
  changedAt: string;
  /**
   * The number of the meeting's latest version when it was set (0 before the first): the change
   * is newer than that version's text, and than every earlier one.
   */
  version: number;
  /** Whether the live document carries it; false while it was set on finalised minutes. */
  inDocument: boolean;
}

/** Task statuses set through the tracker, one per task. */
export interface TaskStatusStore {
  set(change: TaskStatusChange): Promise<void>;
  ofMeeting(meetingId: MeetingId): Promise<TaskStatusChange[]>;
  markInDocument(meetingId: MeetingId, nodeIds: readonly string[]): Promise<void>;
}
