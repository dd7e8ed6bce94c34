import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MeetingListing, meetingsApi } from '../api/meetingsApi';
import type { TaskFilterForm } from '../api/taskQuery';
import { tasksApi } from '../api/tasksApi';
import { TaskCalendar } from '../components/feeds/TaskCalendar';
import { TaskTracker } from '../components/tasks/TaskTracker';
import { useDocumentTitle } from '../useDocumentTitle';

const newestFirst = (a: MeetingListing, b: MeetingListing) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** Mina uppgifter: the person's tasks in every meeting they have a role in, and their calendar. */
export function TasksPage() {
  const { t } = useTranslation();
  const [meetings, setMeetings] = useState<MeetingListing[]>([]);
  useDocumentTitle(t('tasks.mineTitle'));

  useEffect(() => {
    const controller = new AbortController();
    // Only for the meeting filter: without the list, the tasks are still there.
    meetingsApi.list(controller.signal).then(
      (found) => setMeetings([...found].sort(newestFirst)),
      () => {},
    );
    return () => controller.abort();
  }, []);

  const load = useCallback(
    (filter: TaskFilterForm, signal: AbortSignal) => tasksApi.mine(filter, signal),
    [],
  );
  // Every task here is the person's own, and an assignee may always set the status.
  const maySetStatus = useCallback(() => true, []);

  return (
    <div className="tasks-page">
      <h1>{t('tasks.mineTitle')}</h1>
      <p>{t('tasks.mineIntro')}</p>
      <div className="tasks-page__sections">
        <TaskTracker
          heading={t('tasks.heading')}
          load={load}
          meetings={meetings}
          maySetStatus={maySetStatus}
          testId="my-tasks"
        />
        <TaskCalendar />
      </div>
    </div>
  );
}
