import type { TaskFilter } from '@minutes/shared';

export type TaskStatusFilter = TaskFilter['status'];

/** The task filter as a form holds it: every field a string, '' for "any". */
export interface TaskFilterForm {
  status: TaskStatusFilter;
  assignee: string;
  meeting: string;
  /** Due on or after, YYYY-MM-DD. */
  dueAfter: string;
  /** Due on or before, YYYY-MM-DD. */
  dueBefore: string;
}

export const OPEN_TASKS: TaskFilterForm = {
  status: 'open',
  assignee: '',
  meeting: '',
  dueAfter: '',
  dueBefore: '',
};

/** The query string of GET …/tasks for the filter (with its `?`), leaving out what filters nothing. */
export function taskQuery(filter: TaskFilterForm): string {
  const query = new URLSearchParams({ status: filter.status });
  const assignee = filter.assignee.trim();
  if (assignee !== '') query.set('assignee', assignee);
  if (filter.meeting !== '') query.set('meeting', filter.meeting);
  if (filter.dueAfter !== '') query.set('dueAfter', filter.dueAfter);
  if (filter.dueBefore !== '') query.set('dueBefore', filter.dueBefore);
  return `?${query}`;
}
