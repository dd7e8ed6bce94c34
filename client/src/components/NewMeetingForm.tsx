import type { Meeting } from '@minutes/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { meetingsApi } from '../api/meetingsApi';

function today(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

export function NewMeetingForm({ onCreated }: { onCreated: (meeting: Meeting) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const dateId = useId();
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
      onCreated(await meetingsApi.create({ title: title.trim(), date }));
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
