import { isMeetingId, type Meeting } from '@minutes/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError';
import { describeError } from '../api/describeError';
import { meetingsApi } from '../api/meetingsApi';
import { MeetingWorkspace } from '../components/MeetingWorkspace';
import { formatDate } from '../i18n/formatDate';
import { useLanguage } from '../i18n/useLanguage';
import { useDocumentTitle } from '../useDocumentTitle';
import { NotFoundPage } from './NotFoundPage';

type Loaded =
  | { state: 'loading' }
  | { state: 'found'; meeting: Meeting }
  | { state: 'notFound' }
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
        else setLoaded({ state: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [id]);

  switch (loaded.state) {
    case 'notFound':
      return <NotFoundPage kind="meeting" />;
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

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(meeting.title);
  return (
    <article className="meeting">
      <header className="meeting__header">
        <h1 className="meeting__title">{meeting.title}</h1>
        <p className="meeting__date">
          <span className="visually-hidden">{t('meeting.date')}: </span>
          <time dateTime={meeting.date}>{formatDate(meeting.date, language)}</time>
        </p>
      </header>
      <MeetingWorkspace meeting={meeting} />
    </article>
  );
}
