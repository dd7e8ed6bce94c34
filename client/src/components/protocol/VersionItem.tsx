import type { VersionSummary } from '@minutes/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { mayIn, useMeetingContext } from '../../meeting/MeetingContext';
import { ApprovalForm } from './ApprovalForm';
import { ApprovalList } from './ApprovalList';
import { ExportLinks } from './ExportLinks';
import { MaskEditor } from './MaskEditor';

/** SHA-256 in hex; the first 12 characters tell versions apart at a glance. */
const SHORT_HASH = 12;

/** One version: when and by whom, its hash, whether readers see it, its approvals, and what to do with it. */
export function VersionItem({ version, latest }: { version: VersionSummary; latest: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { meeting, state } = useMeetingContext();
  const [message, setMessage] = useState<string | null>(null);
  const published = version.publishedAt !== null;
  // Approving is the named verifiers' part; an admin's general permission does not make them one.
  const mayApprove = state.role === 'verifier' && latest && state.status === 'finalised';

  return (
    <li className="version" data-testid={`version-${version.number}`}>
      <h3 className="version__title">
        {t('versions.title', { number: version.number })}
        <span className={`badge ${published ? 'badge--published' : 'badge--unpublished'}`}>
          {published ? t('versions.published') : t('versions.unpublished')}
        </span>
        {version.verified && (
          <span className="badge badge--verified" data-testid={`version-${version.number}-verified`}>
            {t('versions.verified')}
          </span>
        )}
      </h3>
      <dl className="version__details">
        <div>
          <dt>{t('versions.finalisedAt')}</dt>
          <dd>
            {t('versions.when', {
              when: formatDateTime(version.finalisedAt, language),
              name: version.finalisedBy,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('versions.hash')}</dt>
          <dd>
            <code title={version.sha256}>{version.sha256.slice(0, SHORT_HASH)}</code>
          </dd>
        </div>
        {published && version.publishedAt && (
          <div>
            <dt>{t('versions.publishedAt')}</dt>
            <dd>{formatDateTime(version.publishedAt, language)}</dd>
          </div>
        )}
        {version.masks.length > 0 && (
          <div>
            <dt>{t('masks.count')}</dt>
            <dd>{version.masks.length}</dd>
          </div>
        )}
      </dl>
      <ApprovalList
        version={version}
        verifiers={state.verifiers}
        awaitingApproval={latest && state.status === 'finalised'}
      />
      <ExportLinks meetingId={meeting.id} number={version.number} />
      {mayApprove && <ApprovalForm version={version} />}
      {mayIn(state, 'manage') && !published && <MaskEditor version={version} onPublished={setMessage} />}
      <p role="status" className="version__status">
        {message}
      </p>
    </li>
  );
}
