import type { TrackedTask } from '@minutes/shared';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { OPEN_TASKS, type TaskFilterForm, taskQuery } from '../../api/taskQuery';
import { tasksApi } from '../../api/tasksApi';
import { type MeetingOption, TaskFilters } from './TaskFilters';
import { TaskRow } from './TaskRow';

interface TaskTrackerProps {
  heading: string;
  /** The tasks the filter asks for; keep it stable (useCallback), as a new one loads again. */
  load: (filter: TaskFilterForm, signal: AbortSignal) => Promise<TrackedTask[]>;
  meetings: readonly MeetingOption[];
  /** Whether the person may mark this task done or open here. */
  maySetStatus: (task: TrackedTask) => boolean;
  testId?: string;
}

const keyOf = (task: TrackedTask) => `${task.meetingId}/${task.nodeId}`;

/**
 * The task tracker: filters, then the tasks as a table with a Klar checkbox each. A status set
 * here stays in the list until the filter is applied again, so that nothing moves under the
 * person's hands; what changed is announced politely.
 */
export function TaskTracker({ heading, load, meetings, maySetStatus, testId }: TaskTrackerProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<TaskFilterForm>(OPEN_TASKS);
  const [tasks, setTasks] = useState<TrackedTask[] | null>(null);
  /** The filter (as its query) whose tasks are shown; another one is on its way while they differ. */
  const [shown, setShown] = useState<string | null>(null);
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    load(filter, controller.signal).then(
      (found) => {
        setTasks(found);
        setShown(taskQuery(filter));
        setMessage(found.length === 0 ? t('tasks.none') : t('tasks.shown', { count: found.length }));
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(describeError(failure, t));
      },
    );
    return () => controller.abort();
  }, [filter, load, t]);

  async function toggle(task: TrackedTask, done: boolean) {
    const key = keyOf(task);
    const replace = (next: TrackedTask) =>
      setTasks((last) => last?.map((each) => (keyOf(each) === key ? next : each)) ?? null);
    // The box shows the click at once; a refusal puts it back.
    replace({ ...task, status: done ? 'done' : 'open' });
    setSaving((last) => new Set(last).add(key));
    setError(null);
    try {
      const updated = await tasksApi.setStatus(task.meetingId, task.nodeId, done ? 'done' : 'open');
      replace(updated);
      setMessage(t(updated.status === 'done' ? 'tasks.markedDone' : 'tasks.markedOpen', { text: task.text }));
    } catch (failure) {
      replace(task);
      setError(describeError(failure, t));
    } finally {
      setSaving((last) => {
        const next = new Set(last);
        next.delete(key);
        return next;
      });
    }
  }

  const anyFinalised = tasks?.some((task) => task.finalised) ?? false;
  return (
    <section
      className="card task-tracker"
      aria-labelledby={headingId}
      aria-busy={shown !== taskQuery(filter)}
      data-shown={shown ?? undefined}
      data-testid={testId}
    >
      <h2 id={headingId}>{heading}</h2>
      <TaskFilters value={filter} meetings={meetings} onApply={setFilter} />
      <p role="status" className="task-tracker__status" data-testid="task-tracker-status">
        {message}
      </p>
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
      {tasks === null && error === null && <p className="muted">{t('tasks.loading')}</p>}
      {anyFinalised && (
        <p className="notice task-tracker__note" data-testid="task-finalised-note">
          {t('tasks.finalisedNote')}
        </p>
      )}
      {tasks !== null && tasks.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a phone scrolls, and keyboard users must be able to scroll it.
        <section className="table-scroll" aria-labelledby={headingId} tabIndex={0}>
          <table className="table task-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('tasks.task')}</th>
                <th scope="col">{t('tasks.assignees')}</th>
                <th scope="col">{t('tasks.due')}</th>
                <th scope="col">{t('tasks.inMeeting')}</th>
                <th scope="col">{t('tasks.status')}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <TaskRow
                  key={keyOf(task)}
                  task={task}
                  saving={saving.has(keyOf(task))}
                  onToggle={maySetStatus(task) ? (changed, done) => void toggle(changed, done) : null}
                />
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
