import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { useMeetingContext } from '../../meeting/MeetingContext';

/** Decisions verified at once during the meeting (omedelbar justering). */
export function VerifiedDecisionList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { state } = useMeetingContext();
  const headingId = useId();
  return (
    <section className="card protocol__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('protocol.verifiedDecisions')}</h2>
      <ul className="plain-list" data-testid="verified-decisions">
        {state.verifiedDecisions.map((decision) => (
          <li key={decision.nodeId} className="plain-list__item">
            <span className="verified-decision__text">{decision.text}</span>{' '}
            <span className="muted">
              {t('verifyDecision.badge', { name: decision.by, when: formatDateTime(decision.at, language) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
