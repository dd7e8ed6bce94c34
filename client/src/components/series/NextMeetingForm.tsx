import type { Meeting } from '@minutes/shared';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { type MeetingListing, meetingsApi } from '../../api/meetingsApi';
import { weekAfter } from './weekAfter';

interface NextMeetingFormProps {
  /** The latest meeting of the series, which the new one is made from. */
  previous: MeetingListing;
  onCreated: (meeting: Meeting) => void;
}

/** "Nytt möte från föregående": a date (a week on, unless changed) and a title, for the secretary. */
export function NextMeetingForm({ previous, onCreated }: NextMeetingFormProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(() => weekAfter(previous.date));
  const [title, setTitle] = useState(previous.title);
  const [error, setError] = useState<{ text: string; field: 'date' | 'title' | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const dateId = useId();
  const dateHintId = useId();
  const titleId = useId();
  const errorId = useId();
  const dateRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (date === '') {
      setError({ text: t('nextFromPrevious.dateRequired'), field: 'date' });
      dateRef.current?.focus();
      return;
    }
    if (title.trim() === '') {
      setError({ text: t('nextFromPrevious.titleRequired'), field: 'title' });
      titleRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onCreated(await meetingsApi.next(previous.id, { date, title: title.trim() }));
    } catch (failure) {
      setError({ text: describeError(failure, t), field: null });
      setBusy(false);
    }
  }

  const invalid = (field: 'date' | 'title') => (error?.field === field ? true : undefined);
  return (
    <section className="card next-meeting-form" aria-labelledby={headingId} data-testid="next-meeting-form">
      <h2 id={headingId}>{t('nextFromPrevious.heading')}</h2>
      <p className="field-hint">{t('nextFromPrevious.intro', { title: previous.title })}</p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={dateId}>{t('nextFromPrevious.date')}</label>
          <p id={dateHintId} className="field-hint">
            {t('nextFromPrevious.dateHint')}
          </p>
          <input
            ref={dateRef}
            id={dateId}
            type="date"
            value={date}
            required
            aria-invalid={invalid('date')}
            aria-describedby={error?.field === 'date' ? `${dateHintId} ${errorId}` : dateHintId}
            data-testid="next-meeting-date"
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={titleId}>{t('nextFromPrevious.title')}</label>
          <input
            ref={titleRef}
            id={titleId}
            type="text"
            maxLength={200}
            value={title}
            required
            aria-invalid={invalid('title')}
            aria-describedby={error?.field === 'title' ? errorId : undefined}
            data-testid="next-meeting-title"
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="next-meeting-create"
        >
          {busy ? t('nextFromPrevious.creating') : t('nextFromPrevious.create')}
        </button>
      </form>
      <div role="alert">
        {error && (
          <p id={errorId} className="field-error">
            {error.text}
          </p>
        )}
      </div>
    </section>
  );
}
