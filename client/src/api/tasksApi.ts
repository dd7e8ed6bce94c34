import type { ActionItemStatus, MeetingId, TrackedTask } from '@minutes/shared';
import { meetingPath } from './meetingsApi';
import { request } from './request';
import { type TaskFilterForm, taskQuery } from './taskQuery';

async function tasksAt(path: string, filter: TaskFilterForm, signal?: AbortSignal): Promise<TrackedTask[]> {
  const body = await request<{ tasks: TrackedTask[] }>(`${path}${taskQuery(filter)}`, {
    signal: signal ?? null,
  });
  return body.tasks;
}

/** The task tracker: tasks of many meetings, and their status. */
export const tasksApi = {
  ofSeries(seriesId: string, filter: TaskFilterForm, signal?: AbortSignal): Promise<TrackedTask[]> {
    return tasksAt(`/api/series/${encodeURIComponent(seriesId)}/tasks`, filter, signal);
  },

  /** The signed-in person's tasks, in every meeting they have a role in. */
  mine(filter: TaskFilterForm, signal?: AbortSignal): Promise<TrackedTask[]> {
    return tasksAt('/api/tasks/mine', filter, signal);
  },

  /**
   * In a draft this changes the task in the live document; in finalised minutes the tracker keeps
   * the status and the final text stays as it was.
   */
  async setStatus(meetingId: string, nodeId: string, status: ActionItemStatus): Promise<TrackedTask> {
    const body = await request<{ task: TrackedTask }>(
      `${meetingPath(meetingId as MeetingId)}/tasks/${encodeURIComponent(nodeId)}/status`,
      { method: 'PUT', body: JSON.stringify({ status }) },
    );
    return body.task;
  },
};
