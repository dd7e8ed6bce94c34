import type { Account, VersionSummary } from '@minutes/shared';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';

interface ApprovalListProps {
  version: VersionSummary;
  verifiers: Array<Pick<Account, 'id' | 'name'>>;
  /** Only the latest version of finalised minutes can still be approved. */
  awaitingApproval: boolean;
}

/** Who approved this version or asked for a change, when, and who has yet to say. */
export function ApprovalList({ version, verifiers, awaitingApproval }: ApprovalListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const approved = new Set(
    version.approvals
      .filter((approval) => approval.verdict === 'approved')
      .map((approval) => approval.account.id),
  );
  const waiting = verifiers.filter((verifier) => !approved.has(verifier.id));

  return (
    <div className="approvals" data-testid={`version-${version.number}-approvals`}>
      <h4 className="approvals__heading">{t('approvals.heading')}</h4>
      {version.approvals.length === 0 ? (
        <p className="muted">{t('approvals.none')}</p>
      ) : (
        <ul className="approvals__list">
          {version.approvals.map((approval) => (
            <li
              key={`${approval.account.id}-${approval.at}`}
              className={`approval approval--${approval.verdict}`}
            >
              <span className="approval__verdict">
                {t(approval.verdict === 'approved' ? 'approvals.approvedBy' : 'approvals.changesBy', {
                  name: approval.account.name,
                  when: formatDateTime(approval.at, language),
                })}
              </span>
              {approval.comment && <span className="approval__comment">{approval.comment}</span>}
              {approval.passage && (
                <span className="approval__passage">
                  <span className="approval__passage-label">{t('approvals.passage')}: </span>
                  <q>{approval.passage}</q>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {awaitingApproval && !version.verified && waiting.length > 0 && (
        <p className="approvals__waiting">
          {t('approvals.waiting', { names: waiting.map((verifier) => verifier.name).join(', ') })}
        </p>
      )}
    </div>
  );
}
