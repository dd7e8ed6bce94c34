import type { DiffPart } from '@minutes/shared';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { type DiffSide, versionsApi } from '../../api/versionsApi';
import { useMeetingContext } from '../../meeting/MeetingContext';
import { DiffView } from './DiffView';

const DRAFT = 'draft';

const sideOf = (value: string): DiffSide => (value === DRAFT ? DRAFT : Number(value));

/** Compare two versions, or a version with the draft as it is now. */
export function CompareVersions() {
  const { t } = useTranslation();
  const { meeting, state } = useMeetingContext();
  const numbers = state.versions.map((version) => version.number).sort((a, b) => b - a);
  const [from, setFrom] = useState(String(numbers[0] ?? ''));
  const [to, setTo] = useState(DRAFT);
  const [shown, setShown] = useState<{ from: DiffSide; to: DiffSide; parts: DiffPart[]; run: number } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const request = useRef<AbortController | null>(null);

  async function compare(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (from === to) {
      setError(t('diff.sameSides'));
      return;
    }
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    setBusy(true);
    setError(null);
    try {
      const parts = await versionsApi.diff(meeting.id, sideOf(from), sideOf(to), controller.signal);
      setShown((last) => ({ from: sideOf(from), to: sideOf(to), parts, run: (last?.run ?? 0) + 1 }));
    } catch (failure) {
      if (!controller.signal.aborted) setError(describeError(failure, t));
    } finally {
      if (!controller.signal.aborted) setBusy(false);
    }
  }

  const label = (side: DiffSide) =>
    side === DRAFT ? t('diff.draft') : t('versions.title', { number: side });
  const options = (withDraft: boolean) => (
    <>
      {numbers.map((number) => (
        <option key={number} value={String(number)}>
          {label(number)}
        </option>
      ))}
      {withDraft && <option value={DRAFT}>{label(DRAFT)}</option>}
    </>
  );

  return (
    <section className="card protocol__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('diff.heading')}</h2>
      <form className="compare" onSubmit={compare} noValidate>
        <div className="field">
          <label htmlFor={fromId}>{t('diff.from')}</label>
          <select
            id={fromId}
            value={from}
            data-testid="diff-from"
            onChange={(event) => setFrom(event.target.value)}
          >
            {options(false)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={toId}>{t('diff.to')}</label>
          <select id={toId} value={to} data-testid="diff-to" onChange={(event) => setTo(event.target.value)}>
            {options(true)}
          </select>
        </div>
        <button type="submit" className="button" disabled={busy} data-testid="diff-compare">
          {busy ? t('diff.comparing') : t('diff.compare')}
        </button>
      </form>
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
      {shown && (
        <DiffView
          key={shown.run}
          parts={shown.parts}
          title={t('diff.title', { from: label(shown.from), to: label(shown.to) })}
        />
      )}
    </section>
  );
}
