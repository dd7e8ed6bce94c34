import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useMeetingContext } from '../meeting/MeetingContext';
import { ExportLinks } from './protocol/ExportLinks';

/** What a reader gets instead of the live draft: the published versions only. */
export function ReaderView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { meeting, state } = useMeetingContext();
  const headingId = useId();
  const published = state.versions.filter((version) => version.publishedAt !== null);

  return (
    <section className="card reader-view" aria-labelledby={headingId} data-testid="reader-view">
      <h2 id={headingId}>{t('reader.heading')}</h2>
      <p className="muted">{t('reader.intro')}</p>
      {published.length === 0 ? (
        <p data-testid="reader-empty">{t('reader.empty')}</p>
      ) : (
        <ul className="version-list">
          {published.map((version) => (
            <li key={version.number} className="version-list__item">
              <h3 className="version__title">
                {t('versions.title', { number: version.number })}
                {version.verified && <span className="badge badge--verified">{t('versions.verified')}</span>}
              </h3>
              <p className="version__meta">
                {t('reader.published', {
                  when: formatDateTime(version.publishedAt ?? version.finalisedAt, language),
                })}
              </p>
              <ExportLinks meetingId={meeting.id} number={version.number} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
