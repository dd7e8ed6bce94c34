import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ConfirmButton';
import { CopyableUrl } from '../CopyableUrl';
import { useFeeds } from './useFeeds';

/** The person's tasks as a calendar to subscribe to, and new addresses when the old ones have spread. */
export function TaskCalendar() {
  const { t } = useTranslation();
  const { feeds, error, renew } = useFeeds();
  const [message, setMessage] = useState<string | null>(null);
  const headingId = useId();

  async function renewed() {
    setMessage(null);
    try {
      await renew();
      setMessage(t('feeds.renewed'));
    } catch {
      // useFeeds shows the error.
    }
  }

  return (
    <section className="card" aria-labelledby={headingId} data-testid="task-calendar">
      <h2 id={headingId}>{t('feeds.heading')}</h2>
      <p>{t('feeds.tasksIntro')}</p>
      {feeds === null && error === null && <p className="muted">{t('feeds.loading')}</p>}
      {feeds !== null && (
        <>
          {/* A new key makes the copy button forget that the old address was copied. */}
          <CopyableUrl
            key={feeds.tasks}
            label={t('feeds.tasksLabel')}
            path={feeds.tasks}
            hint={t('feeds.private')}
            copiedText={t('feeds.copied')}
            testId="task-feed-url"
          />
          <ConfirmButton
            label={t('feeds.renew')}
            question={t('feeds.renewQuestion')}
            confirmLabel={t('feeds.renewConfirm')}
            onConfirm={renewed}
            testId="feeds-renew"
          />
        </>
      )}
      <p role="status" className="task-calendar__status" data-testid="feeds-status">
        {message}
      </p>
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
    </section>
  );
}
