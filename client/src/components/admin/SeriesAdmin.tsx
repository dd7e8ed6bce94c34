import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { type Series, seriesApi } from '../../api/seriesApi';
import { FormField } from '../FormField';
import { MembersPanel } from '../members/MembersPanel';

/** Series: the list, a new one, and the members and invite links of the one chosen. */
export function SeriesAdmin() {
  const { t } = useTranslation();
  const [series, setSeries] = useState<Series[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const newHeadingId = useId();
  const chosenHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(
    (signal?: AbortSignal) =>
      seriesApi.list(signal).then(setSeries, (failure: unknown) => {
        if (!signal?.aborted) setError(describeError(failure, t));
      }),
    [t],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  useEffect(() => {
    if (chosen !== null) chosenHeading.current?.focus();
  }, [chosen]);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError(t('admin.seriesNameRequired'));
      return;
    }
    setNameError(null);
    setBusy(true);
    setError(null);
    try {
      const made = await seriesApi.create(name.trim());
      setName('');
      setMessage(t('admin.seriesCreated', { name: made.name }));
      await load();
    } catch (failure) {
      setError(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }

  const current = series?.find((each) => each.id === chosen) ?? null;
  return (
    <>
      <section className="card protocol__section" aria-labelledby={headingId} data-testid="admin-series">
        <h2 id={headingId}>{t('admin.series')}</h2>
        {series !== null && series.length === 0 && <p className="muted">{t('admin.noSeries')}</p>}
        {series !== null && series.length > 0 && (
          <ul className="plain-list series-list" aria-labelledby={headingId}>
            {series.map((each) => (
              <li key={each.id} className="plain-list__item series-list__item">
                <span className="series-list__name">{each.name}</span>
                <button
                  type="button"
                  className="button button--small"
                  aria-pressed={each.id === chosen}
                  aria-label={t('admin.manageSeries', { name: each.name })}
                  data-testid="series-manage"
                  onClick={() => setChosen(each.id)}
                >
                  {t('admin.manage')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <h3 id={newHeadingId}>{t('admin.newSeries')}</h3>
        <form className="inline-form" onSubmit={create} noValidate aria-labelledby={newHeadingId}>
          <FormField
            label={t('admin.seriesName')}
            type="text"
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={nameError}
            testId="series-name"
          />
          <button
            type="submit"
            className="button button--primary"
            disabled={busy}
            data-testid="series-create"
          >
            {t('admin.createSeries')}
          </button>
        </form>
        <p role="status">{message}</p>
        <div role="alert">{error && <p className="field-error">{error}</p>}</div>
      </section>
      {current && (
        <section className="admin__series" aria-label={current.name}>
          <h2 ref={chosenHeading} tabIndex={-1} className="admin__series-heading">
            {t('admin.seriesHeading', { name: current.name })}
          </h2>
          <MembersPanel key={current.id} scope={{ kind: 'series', id: current.id }} />
        </section>
      )}
    </>
  );
}
