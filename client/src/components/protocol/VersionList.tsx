import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingContext } from '../../meeting/MeetingContext';
import { VersionItem } from './VersionItem';

/** The finalised versions, newest first. */
export function VersionList() {
  const { t } = useTranslation();
  const { state } = useMeetingContext();
  const headingId = useId();
  const versions = [...state.versions].sort((a, b) => b.number - a.number);
  const latest = versions[0]?.number;
  return (
    <section className="card protocol__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('versions.heading')}</h2>
      {versions.length === 0 ? (
        <p className="muted" data-testid="versions-empty">
          {t('versions.empty')}
        </p>
      ) : (
        <ol className="version-list" reversed data-testid="version-list">
          {versions.map((version) => (
            <VersionItem key={version.number} version={version} latest={version.number === latest} />
          ))}
        </ol>
      )}
    </section>
  );
}
