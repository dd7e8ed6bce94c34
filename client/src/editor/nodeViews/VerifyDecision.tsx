import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { versionsApi } from '../../api/versionsApi';
import { ConfirmButton } from '../../components/ConfirmButton';
import type { MeetingContextValue } from '../../meeting/MeetingContext';

/**
 * Omedelbar justering: the secretary or a verifier verifies this one decision now. The server then
 * marks it in the document (which locks it) and lists it in the meeting's state.
 */
export function VerifyDecision({ context, nodeId }: { context: MeetingContextValue; nodeId: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  async function verify() {
    setError(null);
    try {
      await versionsApi.verifyDecision(context.meeting.id, nodeId);
      context.refresh();
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  return (
    <div className="decision__verify">
      <ConfirmButton
        label={t('verifyDecision.button')}
        question={t('verifyDecision.question')}
        confirmLabel={t('verifyDecision.confirm')}
        onConfirm={verify}
        small
        testId="decision-verify"
      />
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
    </div>
  );
}
