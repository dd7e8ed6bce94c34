import type { TaskFilter, TrackedTask } from '@minutes/shared';

/** The tasks the filter asks for, by due date (undated last), then by meeting date. */
export function filterTasks(tasks: readonly TrackedTask[], filter: TaskFilter): TrackedTask[] {
  const assignee = filter.assignee?.toLocaleLowerCase('sv');
  return tasks
    .filter((task) => {
      if (filter.status === 'open' && task.status !== 'open') return false;
      if (filter.status === 'done' && task.status !== 'done') return false;
      if (filter.status === 'overdue' && !task.overdue) return false;
      if (filter.meeting !== undefined && task.meetingId !== filter.meeting) return false;
      if (assignee && !task.assignees.some((name) => name.toLocaleLowerCase('sv').includes(assignee))) {
        return false;
      }
      if (filter.dueBefore !== undefined && (task.dueDate === null || task.dueDate > filter.dueBefore)) {
        return false;
      }
      if (filter.dueAfter !== undefined && (task.dueDate === null || task.dueDate < filter.dueAfter)) {
        return false;
      }
      return true;
    })
    .map((task, index) => ({ task, index }))
    .sort(
      (a, b) =>
        compareDue(a.task.dueDate, b.task.dueDate) ||
        a.task.meetingDate.localeCompare(b.task.meetingDate) ||
        a.index - b.index,
    )
    .map(({ task }) => task);
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}
