import type { Meeting } from '@minutes/shared';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { meetingsApi } from '../api/meetingsApi';
import { type Series, seriesApi } from '../api/seriesApi';
import { useAccount } from '../identity/useSession';

function today(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** The series the person can put a meeting in: as its secretary, or as an admin. */
function useSeries(): Series[] {
  const account = useAccount();
  const [series, setSeries] = useState<Series[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    seriesApi.list(controller.signal).then(setSeries, () => setSeries([]));
    return () => controller.abort();
  }, []);
  return series.filter((one) => account.admin || one.role === 'secretary');
}

export function NewMeetingForm({ onCreated }: { onCreated: (meeting: Meeting) => void }) {
  const { t } = useTranslation();
  const series = useSeries();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [seriesId, setSeriesId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const dateId = useId();
  const seriesFieldId = useId();
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (title.trim() === '') {
      setError(t('start.titleRequired'));
      return;
    }
    if (date === '') {
      setError(t('start.dateRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onCreated(
        await meetingsApi.create({ title: title.trim(), date, ...(seriesId === '' ? {} : { seriesId }) }),
      );
    } catch (failure) {
      setError(describeError(failure, t));
      setBusy(false);
    }
  }

  const describedBy = error !== null ? errorId : undefined;
  return (
    <form className="new-meeting" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={titleId}>{t('start.titleLabel')}</label>
        <input
          id={titleId}
          data-testid="new-meeting-title"
          type="text"
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          required
          aria-describedby={describedBy}
        />
      </div>
      <div className="field">
        <label htmlFor={dateId}>{t('start.dateLabel')}</label>
        <input
          id={dateId}
          data-testid="new-meeting-date"
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          required
          aria-describedby={describedBy}
        />
      </div>
      {series.length > 0 && (
        <div className="field">
          <label htmlFor={seriesFieldId}>{t('start.seriesLabel')}</label>
          <select
            id={seriesFieldId}
            data-testid="new-meeting-series"
            value={seriesId}
            onChange={(event) => setSeriesId(event.target.value)}
          >
            <option value="">{t('start.noSeries')}</option>
            {series.map((each) => (
              <option key={each.id} value={each.id}>
                {each.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button button--primary" data-testid="create-meeting" disabled={busy}>
        {busy ? t('start.creating') : t('start.create')}
      </button>
      <div role="alert" className="new-meeting__alert">
        {error !== null && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
