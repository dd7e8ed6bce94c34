import { isMeetingId, type Meeting } from '@minutes/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError';
import { describeError } from '../api/describeError';
import { meetingsApi } from '../api/meetingsApi';
import { MeetingWorkspace } from '../components/MeetingWorkspace';
import { ReaderView } from '../components/ReaderView';
import { StatusBadge } from '../components/StatusBadge';
import { SeriesLink } from '../components/series/SeriesLink';
import { formatDate } from '../i18n/formatDate';
import { useLanguage } from '../i18n/useLanguage';
import { MeetingContext, type MeetingContextValue } from '../meeting/MeetingContext';
import { useMeetingState } from '../meeting/useMeetingState';
import { useDocumentTitle } from '../useDocumentTitle';
import { NotFoundPage } from './NotFoundPage';

type Loaded =
  | { state: 'loading' }
  | { state: 'found'; meeting: Meeting }
  | { state: 'notFound' }
  | { state: 'forbidden' }
  | { state: 'failed'; error: unknown };

export function MeetingPage({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<Loaded>(() =>
    isMeetingId(id) ? { state: 'loading' } : { state: 'notFound' },
  );

  useEffect(() => {
    if (!isMeetingId(id)) {
      setLoaded({ state: 'notFound' });
      return;
    }
    setLoaded({ state: 'loading' });
    const controller = new AbortController();
    meetingsApi.get(id, controller.signal).then(
      (meeting) => setLoaded({ state: 'found', meeting }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) setLoaded({ state: 'notFound' });
        else if (error instanceof ApiError && error.status === 403) setLoaded({ state: 'forbidden' });
        else setLoaded({ state: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [id]);

  switch (loaded.state) {
    case 'notFound':
      return <NotFoundPage kind="meeting" />;
    case 'forbidden':
      return <MeetingForbidden />;
    case 'found':
      return <MeetingView meeting={loaded.meeting} />;
    default:
      return <MeetingPending failure={loaded.state === 'failed' ? loaded.error : null} />;
  }
}

function MeetingPending({ failure }: { failure: unknown }) {
  const { t } = useTranslation();
  const title = failure === null ? t('meeting.loading') : t('meeting.loadFailed');
  useDocumentTitle(title);
  return (
    <div className="meeting">
      <h1 className="meeting__title">{title}</h1>
      <div role="alert">
        {failure !== null && <p className="notice notice--error">{describeError(failure, t)}</p>}
      </div>
    </div>
  );
}

function MeetingForbidden() {
  const { t } = useTranslation();
  useDocumentTitle(t('meeting.forbiddenTitle'));
  return (
    <div className="meeting" data-testid="meeting-forbidden">
      <h1 className="meeting__title">{t('meeting.forbiddenTitle')}</h1>
      <p>{t('meeting.forbiddenText')}</p>
    </div>
  );
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { loaded, refresh } = useMeetingState(meeting.id);
  const state = loaded.state === 'found' ? loaded.value : null;
  const context = useMemo<MeetingContextValue | null>(
    () => (state === null ? null : { meeting, state, refresh }),
    [meeting, state, refresh],
  );
  useDocumentTitle(meeting.title);

  return (
    <article className="meeting">
      <header className="meeting__header">
        {meeting.seriesId !== null && <SeriesLink seriesId={meeting.seriesId} />}
        <h1 className="meeting__title">{meeting.title}</h1>
        <p className="meeting__date">
          <span className="visually-hidden">{t('meeting.date')}: </span>
          <time dateTime={meeting.date}>{formatDate(meeting.date, language)}</time>
          {state && (
            <>
              {' '}
              <StatusBadge status={state.status} />
            </>
          )}
        </p>
      </header>
      <div role="alert">
        {loaded.state === 'failed' && (
          <p className="notice notice--error">{describeError(loaded.error, t)}</p>
        )}
      </div>
      {loaded.state === 'loading' && <p className="muted">{t('meeting.loading')}</p>}
      {context !== null && (
        <MeetingContext.Provider value={context}>
          {context.state.role === 'reader' && !context.state.admin ? <ReaderView /> : <MeetingWorkspace />}
        </MeetingContext.Provider>
      )}
    </article>
  );
}
