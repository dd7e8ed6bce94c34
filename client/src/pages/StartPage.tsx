import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { describeError } from '../api/describeError';
import { type MeetingListing, meetingsApi } from '../api/meetingsApi';
import { MeetingList } from '../components/MeetingList';
import { NewMeetingForm } from '../components/NewMeetingForm';
import { SeriesList } from '../components/series/SeriesList';
import { useDocumentTitle } from '../useDocumentTitle';

export function StartPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [meetings, setMeetings] = useState<MeetingListing[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const listHeadingId = useId();
  const formHeadingId = useId();
  const seriesHeadingId = useId();
  useDocumentTitle(t('start.title'));

  useEffect(() => {
    const controller = new AbortController();
    meetingsApi.list(controller.signal).then(setMeetings, (error: unknown) => {
      if (!controller.signal.aborted) setLoadError(error);
    });
    return () => controller.abort();
  }, []);

  return (
    <div className="start-page">
      <h1>{t('start.title')}</h1>
      <div className="start-page__columns">
        <section className="card" aria-labelledby={listHeadingId}>
          <h2 id={listHeadingId}>{t('start.listHeading')}</h2>
          <div role="alert">
            {loadError !== null && <p className="notice notice--error">{describeError(loadError, t)}</p>}
          </div>
          {loadError === null && <MeetingList meetings={meetings} labelledBy={listHeadingId} />}
        </section>
        <div className="start-page__side">
          <section className="card" aria-labelledby={formHeadingId}>
            <h2 id={formHeadingId}>{t('start.newHeading')}</h2>
            <NewMeetingForm onCreated={(meeting) => navigate(`/meetings/${meeting.id}`)} />
            <p className="start-page__import">
              {t('import.startIntro')}{' '}
              <Link href="/import" data-testid="start-import-link">
                {t('nav.import')}
              </Link>
            </p>
          </section>
          <section className="card" aria-labelledby={seriesHeadingId} data-testid="start-series">
            <h2 id={seriesHeadingId}>{t('series.startHeading')}</h2>
            <p className="field-hint">{t('series.startIntro')}</p>
            {meetings !== null && <SeriesList meetings={meetings} labelledBy={seriesHeadingId} />}
          </section>
        </div>
      </div>
    </div>
  );
}
