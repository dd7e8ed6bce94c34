import type { RegisteredDecision } from '@minutes/shared';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { seriesApi } from '../../api/seriesApi';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/useLanguage';
import { PathLink } from '../PathLink';

/** The decision register of a series: every decision, with its meeting, agenda item and reservations. */
export function DecisionRegister({ seriesId }: { seriesId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [decisions, setDecisions] = useState<RegisteredDecision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  useEffect(() => {
    const controller = new AbortController();
    seriesApi.decisions(seriesId, controller.signal).then(setDecisions, (failure: unknown) => {
      if (!controller.signal.aborted) setError(describeError(failure, t));
    });
    return () => controller.abort();
  }, [seriesId, t]);

  const itemOf = (decision: RegisteredDecision) =>
    decision.agendaItemTitle === null
      ? t('register.noAgendaItem')
      : `${decision.agendaItemNumber === null ? '' : `${decision.agendaItemNumber}. `}${decision.agendaItemTitle}`;

  return (
    <section className="card" aria-labelledby={headingId} data-testid="decision-register">
      <h2 id={headingId}>{t('register.heading')}</h2>
      <p className="field-hint">{t('register.intro')}</p>
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
      {decisions === null && error === null && <p className="muted">{t('register.loading')}</p>}
      <p role="status" data-testid="decision-register-status">
        {decisions !== null &&
          (decisions.length === 0 ? t('register.none') : t('register.count', { count: decisions.length }))}
      </p>
      {decisions !== null && decisions.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a phone scrolls, and keyboard users must be able to scroll it.
        <section className="table-scroll" aria-labelledby={headingId} tabIndex={0}>
          <table className="table register-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('register.date')}</th>
                <th scope="col">{t('register.meeting')}</th>
                <th scope="col">{t('register.agendaItem')}</th>
                <th scope="col">{t('register.decision')}</th>
                <th scope="col">{t('register.reservations')}</th>
                <th scope="col">{t('register.link')}</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((decision) => (
                <tr key={`${decision.meetingId}/${decision.nodeId}`} data-testid="decision-row">
                  <td className="register-table__date">
                    <time dateTime={decision.meetingDate}>{formatDate(decision.meetingDate, language)}</time>
                  </td>
                  <td data-testid="decision-meeting">{decision.meetingTitle}</td>
                  <td>{itemOf(decision)}</td>
                  <th scope="row" className="register-table__text" data-testid="decision-text">
                    {decision.text}
                  </th>
                  <td>
                    {decision.reservations.length > 0
                      ? decision.reservations.join(', ')
                      : t('register.noReservations')}
                  </td>
                  <td>
                    <PathLink href={decision.path} testId="decision-link">
                      {t('register.open')}
                      <span className="visually-hidden">
                        {' '}
                        {t('register.openIn', { meeting: decision.meetingTitle })}: {decision.text}
                      </span>
                    </PathLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
