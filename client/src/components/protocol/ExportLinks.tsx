import { EXPORT_FORMATS, type MeetingId } from '@minutes/shared';
import { useTranslation } from 'react-i18next';
import { exportUrl, versionPageUrl } from '../../api/versionsApi';

/** "Läs" (the read-only page of the version) and a download link per export format. */
export function ExportLinks({ meetingId, number }: { meetingId: MeetingId; number: number }) {
  const { t } = useTranslation();
  return (
    <div className="export-links">
      <a
        href={versionPageUrl(meetingId, number)}
        className="button button--small"
        target="_blank"
        rel="noopener"
        data-testid={`version-${number}-read`}
      >
        {t('versions.read', { number })}
        <span className="visually-hidden"> {t('versions.newTab')}</span>
      </a>
      <ul className="export-links__list" aria-label={t('versions.downloads', { number })}>
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a
              href={exportUrl(meetingId, number, format)}
              download
              data-testid={`version-${number}-export-${format}`}
            >
              {t(`versions.formats.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
