import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CopyableUrl } from '../CopyableUrl';
import { useFeeds } from './useFeeds';

/** The series' meetings as a calendar to subscribe to, at the person's private address. */
export function SeriesCalendar({ seriesId, name }: { seriesId: string; name: string }) {
  const { t } = useTranslation();
  const { feeds, error } = useFeeds();
  const headingId = useId();
  const feed = feeds?.series.find((each) => each.id === seriesId) ?? null;

  return (
    <section className="card" aria-labelledby={headingId} data-testid="series-calendar">
      <h2 id={headingId}>{t('feeds.heading')}</h2>
      <p>{t('feeds.seriesIntro')}</p>
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
      {feeds === null && error === null && <p className="muted">{t('feeds.loading')}</p>}
      {feeds !== null && feed === null && <p className="muted">{t('feeds.none')}</p>}
      {feed !== null && (
        <CopyableUrl
          label={t('feeds.seriesLabel', { name })}
          path={feed.path}
          hint={t('feeds.private')}
          copiedText={t('feeds.copied')}
          testId="series-feed-url"
        />
      )}
      <p className="field-hint">
        {t('feeds.renewElsewhere')} <Link href="/tasks">{t('tasks.mineTitle')}</Link>
      </p>
    </section>
  );
}
