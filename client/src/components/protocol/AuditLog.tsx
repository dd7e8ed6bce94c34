import type { AuditEntry } from '@minutes/shared';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { meetingsApi } from '../../api/meetingsApi';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { useMeetingContext } from '../../meeting/MeetingContext';

function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

/** What happened to the meeting, newest first: who finalised, published, shared, invited. */
export function AuditLog() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { meeting } = useMeetingContext();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  const load = useCallback(
    (signal?: AbortSignal) => {
      setError(null);
      return meetingsApi.audit(meeting.id, signal).then(
        (found) => setEntries([...found].sort((a, b) => b.at.localeCompare(a.at))),
        (failure: unknown) => {
          if (!signal?.aborted) setError(describeError(failure, t));
        },
      );
    },
    [meeting.id, t],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  return (
    <section className="card protocol__section" aria-labelledby={headingId} data-testid="audit-log">
      <div className="section-heading">
        <h2 id={headingId}>{t('audit.heading')}</h2>
        <button type="button" className="button button--small" onClick={() => void load()}>
          {t('audit.refresh')}
        </button>
      </div>
      {entries === null && error === null && <p className="muted">{t('audit.loading')}</p>}
      {entries !== null && entries.length === 0 && <p className="muted">{t('audit.none')}</p>}
      {entries !== null && entries.length > 0 && (
        <table className="table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              // Entries have no id; the same action by the same person can happen twice in a second.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered in place.
              <tr key={index}>
                <td>
                  <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                </td>
                <td>{entry.actor ?? t('audit.system')}</td>
                <td>{t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}</td>
                <td className="table__detail">{detailText(entry.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
    </section>
  );
}
