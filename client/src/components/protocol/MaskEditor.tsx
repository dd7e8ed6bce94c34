import type { VersionSummary } from '@minutes/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { versionsApi } from '../../api/versionsApi';
import { useMeetingContext } from '../../meeting/MeetingContext';
import { ConfirmButton } from '../ConfirmButton';

/** The server's shortest masked passage (SetMasks in shared/src/access/api.ts). */
const MIN_MASK = 2;

/**
 * Before a version is published: the passages (personal data, say) that the readers' copy hides,
 * then publishing it. Members keep the full version.
 */
export function MaskEditor({
  version,
  onPublished,
}: {
  version: VersionSummary;
  /** This editor goes once the version is published; the caller says so. */
  onPublished: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { meeting, refresh } = useMeetingContext();
  const [passage, setPassage] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();

  async function save(masks: string[], done: string) {
    setBusy(true);
    setError(null);
    try {
      await versionsApi.setMasks(meeting.id, version.number, masks);
      setMessage(done);
      refresh();
      return true;
    } catch (failure) {
      setError(describeError(failure, t));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = passage.trim();
    if (text.length < MIN_MASK) {
      setError(t('masks.tooShort', { count: MIN_MASK }));
      return;
    }
    if (version.masks.includes(text)) {
      setPassage('');
      return;
    }
    if (await save([...version.masks, text], t('masks.added', { text }))) setPassage('');
  }

  async function publish() {
    setError(null);
    try {
      await versionsApi.publish(meeting.id, version.number);
      onPublished(t('masks.publishedMessage', { number: version.number }));
      refresh();
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  return (
    <section className="masks" aria-labelledby={headingId} data-testid={`version-${version.number}-masks`}>
      <h4 id={headingId} className="approvals__heading">
        {t('masks.heading')}
      </h4>
      <p className="field-hint">{t('masks.hint')}</p>
      {version.masks.length === 0 ? (
        <p className="muted">{t('masks.none')}</p>
      ) : (
        <ul className="masks__list">
          {version.masks.map((mask) => (
            <li key={mask} className="masks__item">
              <q className="masks__text">{mask}</q>
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                aria-label={t('masks.removeLabel', { text: mask })}
                onClick={() =>
                  void save(
                    version.masks.filter((other) => other !== mask),
                    t('masks.removed', { text: mask }),
                  )
                }
              >
                {t('masks.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="masks__form" onSubmit={add} noValidate>
        <label htmlFor={inputId}>{t('masks.label')}</label>
        <p id={hintId} className="field-hint">
          {t('masks.inputHint')}
        </p>
        <div className="field-row">
          <input
            id={inputId}
            type="text"
            maxLength={2000}
            value={passage}
            aria-describedby={hintId}
            data-testid="mask-input"
            onChange={(event) => setPassage(event.target.value)}
          />
          <button type="submit" className="button" disabled={busy} data-testid="mask-add">
            {t('masks.add')}
          </button>
        </div>
      </form>
      <div className="masks__publish">
        <ConfirmButton
          label={t('masks.publish')}
          question={t('masks.publishQuestion', { number: version.number, count: version.masks.length })}
          confirmLabel={t('masks.publishConfirm')}
          onConfirm={publish}
          primary
          disabled={busy}
          testId={`version-${version.number}-publish`}
        />
      </div>
      <p role="status" className="masks__status">
        {message}
      </p>
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
    </section>
  );
}
