import type { TrackedTask } from '@minutes/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError';
import { describeError } from '../api/describeError';
import type { MeetingListing } from '../api/meetingsApi';
import { type SeriesDetails, seriesApi } from '../api/seriesApi';
import type { TaskFilterForm } from '../api/taskQuery';
import { tasksApi } from '../api/tasksApi';
import { SeriesCalendar } from '../components/feeds/SeriesCalendar';
import { DecisionRegister } from '../components/series/DecisionRegister';
import { SeriesMeetings } from '../components/series/SeriesMeetings';
import { type Tab, Tabs } from '../components/Tabs';
import { TaskTracker } from '../components/tasks/TaskTracker';
import { useAccount } from '../identity/useSession';
import { useDocumentTitle } from '../useDocumentTitle';

type Loaded =
  | { state: 'loading' }
  | { state: 'found'; series: SeriesDetails; meetings: MeetingListing[] }
  | { state: 'notFound' }
  | { state: 'failed'; error: unknown };

const newestFirst = (a: MeetingListing, b: MeetingListing) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** A series: its meetings, the task tracker, the decision register and its calendar. */
export function SeriesPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([seriesApi.get(id, controller.signal), seriesApi.meetings(id, controller.signal)]).then(
      ([series, meetings]) =>
        setLoaded({ state: 'found', series, meetings: [...meetings].sort(newestFirst) }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) setLoaded({ state: 'notFound' });
        else setLoaded({ state: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [id]);

  if (loaded.state === 'found') return <SeriesView series={loaded.series} meetings={loaded.meetings} />;
  return <SeriesPending loaded={loaded} title={pendingTitle(loaded, t)} />;
}

function pendingTitle(loaded: Loaded, t: ReturnType<typeof useTranslation>['t']): string {
  if (loaded.state === 'notFound') return t('series.notFoundTitle');
  if (loaded.state === 'failed') return t('series.loadFailed');
  return t('series.loading');
}

function SeriesPending({ loaded, title }: { loaded: Loaded; title: string }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <div className="series-page" data-testid={loaded.state === 'notFound' ? 'not-found' : undefined}>
      <h1>{title}</h1>
      {loaded.state === 'notFound' && <p>{t('series.notFoundText')}</p>}
      <div role="alert">
        {loaded.state === 'failed' && (
          <p className="notice notice--error">{describeError(loaded.error, t)}</p>
        )}
      </div>
    </div>
  );
}

function SeriesView({ series, meetings }: { series: SeriesDetails; meetings: MeetingListing[] }) {
  const { t } = useTranslation();
  const account = useAccount();
  useDocumentTitle(series.name);

  const loadTasks = useCallback(
    (filter: TaskFilterForm, signal: AbortSignal) => tasksApi.ofSeries(series.id, filter, signal),
    [series.id],
  );
  const roles = useMemo(
    () => new Map<string, MeetingListing['role']>(meetings.map((meeting) => [meeting.id, meeting.role])),
    [meetings],
  );
  // Members of a meeting may set its tasks' status, and so may a task's assignee; readers may not.
  const maySetStatus = useCallback(
    (task: TrackedTask) => {
      const role = roles.get(task.meetingId) ?? null;
      const assigned = task.assignees.some(
        (name) => name.toLocaleLowerCase('sv') === account.name.toLocaleLowerCase('sv'),
      );
      return account.admin || (role !== null && role !== 'reader') || assigned;
    },
    [roles, account],
  );

  const tabs: Tab[] = [
    { id: 'meetings', label: t('series.meetings'), content: <SeriesMeetings meetings={meetings} /> },
    {
      id: 'tasks',
      label: t('series.tasks'),
      content: (
        <TaskTracker
          heading={t('tasks.heading')}
          load={loadTasks}
          meetings={meetings}
          maySetStatus={maySetStatus}
          testId="series-tasks"
        />
      ),
    },
    { id: 'decisions', label: t('series.decisions'), content: <DecisionRegister seriesId={series.id} /> },
    {
      id: 'calendar',
      label: t('series.calendar'),
      content: <SeriesCalendar seriesId={series.id} name={series.name} />,
    },
  ];

  return (
    <div className="series-page">
      <p className="series-page__kind">{t('series.kind')}</p>
      <h1 className="series-page__name" data-testid="series-name">
        {series.name}
      </h1>
      <Tabs label={t('series.tabs')} tabs={tabs} />
    </div>
  );
}
