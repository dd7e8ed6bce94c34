import { type ActionItemStatus, type Meeting, may, type TaskFilter, type TrackedTask } from '@minutes/shared';
import { HttpError } from '../http/HttpError.js';
import type { MinutesExtraction } from '../minutes/MinutesExtraction.js';
import type { RoomRegistry } from '../sync/RoomRegistry.js';
import type { Actor, MeetingLifecycle } from '../versions/MeetingLifecycle.js';
import type { VersionStore } from '../versions/VersionStore.js';
import { filterTasks } from './filterTasks.js';
import { isAssignee } from './isAssignee.js';
import type { MeetingView, MeetingViews, Viewer } from './MeetingViews.js';
import { stockholmToday } from './stockholmToday.js';
import type { TaskStatusStore } from './TaskStatusStore.js';
import { trackedTasks } from './trackedTasks.js';

export interface TaskTrackerDependencies {
  views: MeetingViews;
  taskStatuses: TaskStatusStore;
  versions: VersionStore;
  registry: RoomRegistry;
  extraction: MinutesExtraction;
  lifecycle: MeetingLifecycle;
}

/**
 * The tasks of many meetings, and their status. In a draft the status is set in the live
 * document, so every open editor shows it; in finalised minutes it is kept beside the version,
 * whose text never changes, and carried into the document once the meeting is reopened.
 */
export class TaskTracker {
  constructor(private readonly deps: TaskTrackerDependencies) {}

  /** The tasks of the meetings, filtered; only those assigned to `assignedTo` when it is given. */
  async list(views: readonly MeetingView[], filter: TaskFilter, assignedTo?: string): Promise<TrackedTask[]> {
    const today = stockholmToday();
    const perMeeting = await Promise.all(views.map((view) => this.tasksOf(view, today, assignedTo)));
    return filterTasks(perMeeting.flat(), filter);
  }

  /** Sets a task's status; members may, and so may the task's assignee with any role in the meeting. */
  async setStatus(
    view: MeetingView,
    viewer: Viewer,
    actor: Actor,
    nodeId: string,
    status: ActionItemStatus,
  ): Promise<TrackedTask> {
    const { meeting } = view;
    const today = stockholmToday();
    const task = (await this.tasksOf(view, today)).find((candidate) => candidate.nodeId === nodeId);
    if (!task) throw new HttpError('not_found', `no task with id ${JSON.stringify(nodeId)}`);
    if (
      !may(view.access, 'draft') &&
      !(viewer.kind === 'account' && (await this.assigned(view, task, viewer.account.name)))
    ) {
      throw new HttpError('forbidden', 'only members and the task’s assignees may set its status');
    }
    const inDocument = view.status === 'draft' && (await this.writeDocument(meeting, nodeId, status));
    const latest = (await this.deps.versions.versions(meeting.id)).at(-1)?.number ?? 0;
    await this.deps.taskStatuses.set({
      meetingId: meeting.id,
      nodeId,
      status,
      changedBy: actor.name,
      changedAt: new Date().toISOString(),
      version: latest,
      inDocument,
    });
    await this.deps.lifecycle.record(meeting, actor, 'task_status', { nodeId, status, text: task.text });
    const fresh = await this.deps.views.viewOf(viewer, meeting);
    const updated =
      fresh && (await this.tasksOf(fresh, today)).find((candidate) => candidate.nodeId === nodeId);
    return updated ?? { ...task, status };
  }

  /** The tracker's status of a task of finalised minutes that the document does not carry yet. */
  async statusSetAfterFinal(meetingId: Meeting['id'], nodeId: string): Promise<ActionItemStatus | undefined> {
    const change = (await this.deps.taskStatuses.ofMeeting(meetingId)).find((c) => c.nodeId === nodeId);
    return change && !change.inDocument ? change.status : undefined;
  }

  private async tasksOf(view: MeetingView, today: string, assignedTo?: string): Promise<TrackedTask[]> {
    const { views, taskStatuses } = this.deps;
    if (view.source === 'draft' && view.status === 'draft') await this.carryOver(view.meeting);
    const minutes = await views.minutes(view);
    if (!minutes) return [];
    const tasks = trackedTasks(
      {
        meetingId: view.meeting.id,
        meetingTitle: views.title(view),
        meetingDate: view.meeting.date,
        seriesId: view.meeting.seriesId,
        finalised: view.status === 'finalised',
        version: view.version,
        path: (anchor) => views.path(view, anchor),
      },
      minutes,
      await taskStatuses.ofMeeting(view.meeting.id),
      today,
    );
    if (assignedTo === undefined) return tasks;
    const attendees = [...minutes.attendees, ...minutes.absent].map((attendee) => attendee.name);
    return tasks.filter((task) => task.assignees.some((name) => isAssignee(assignedTo, name, attendees)));
  }

  private async assigned(view: MeetingView, task: TrackedTask, accountName: string): Promise<boolean> {
    const minutes = await this.deps.views.minutes(view);
    const attendees = minutes
      ? [...minutes.attendees, ...minutes.absent].map((attendee) => attendee.name)
      : [];
    return task.assignees.some((name) => isAssignee(accountName, name, attendees));
  }

  /**
   * Writes the status into the live document and extracts the minutes at once, so the tracker
   * and every editor agree when this returns. False when the document is locked (finalised
   * meanwhile); a task the document no longer holds is not found.
   */
  private async writeDocument(meeting: Meeting, nodeId: string, status: ActionItemStatus): Promise<boolean> {
    const written = await this.deps.registry.withRoom(meeting.id, async (room) => {
      if (room.elementName(nodeId) !== 'actionItem') return 'missing';
      if (room.isLocked) return false;
      room.setAttributes(nodeId, { status });
      await room.whenIdle();
      await this.deps.extraction.idle(meeting.id, room.doc);
      return true;
    });
    if (written === 'missing') throw new HttpError('not_found', `no task with id ${JSON.stringify(nodeId)}`);
    return written;
  }

  /** Statuses set while the minutes were final, written into the document of the reopened meeting. */
  async carryOver(meeting: Meeting): Promise<void> {
    const pending = (await this.deps.taskStatuses.ofMeeting(meeting.id)).filter(
      (change) => !change.inDocument,
    );
    if (pending.length === 0) return;
    const carried = await this.deps.registry.withRoom(meeting.id, async (room) => {
      if (room.isLocked) return [];
      for (const change of pending) {
        if (room.elementName(change.nodeId) === 'actionItem') {
          room.setAttributes(change.nodeId, { status: change.status });
        }
      }
      await room.whenIdle();
      await this.deps.extraction.idle(meeting.id, room.doc);
      return pending.map((change) => change.nodeId);
    });
    await this.deps.taskStatuses.markInDocument(meeting.id, carried);
  }
}
