import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { meetingsApi } from '../../api/meetingsApi';
import { useMeetingContext } from '../../meeting/MeetingContext';
import { ConfirmButton } from '../ConfirmButton';

/** Fastställ (after a confirmation) and Öppna igen, for the secretary. */
export function FinaliseControls() {
  const { t } = useTranslation();
  const { meeting, state, refresh } = useMeetingContext();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function finalise() {
    setError(null);
    try {
      const version = await meetingsApi.finalise(meeting.id);
      setMessage(t('protocol.finalised', { number: version.number }));
      refresh();
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  async function reopen() {
    setBusy(true);
    setError(null);
    try {
      await meetingsApi.reopen(meeting.id);
      setMessage(t('protocol.reopened'));
      refresh();
    } catch (failure) {
      setError(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="finalise">
      {state.status === 'draft' ? (
        <ConfirmButton
          label={t('protocol.finalise')}
          question={t('protocol.finaliseQuestion')}
          confirmLabel={t('protocol.finaliseConfirm')}
          onConfirm={finalise}
          primary
          testId="finalise"
        />
      ) : (
        <>
          <p className="field-hint">{t('protocol.reopenHint')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            data-testid="reopen"
            onClick={() => void reopen()}
          >
            {t('protocol.reopen')}
          </button>
        </>
      )}
      <p role="status" className="finalise__status">
        {message}
      </p>
      <div role="alert">{error && <p className="notice notice--error">{error}</p>}</div>
    </div>
  );
}
