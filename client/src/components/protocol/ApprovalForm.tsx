import type { VersionSummary } from '@minutes/shared';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { type Verdict, versionsApi } from '../../api/versionsApi';
import { useMeetingContext } from '../../meeting/MeetingContext';

/** For a verifier: approve this version (justera), or ask for a change with a comment on a passage. */
export function ApprovalForm({ version }: { version: VersionSummary }) {
  const { t } = useTranslation();
  const { meeting, refresh } = useMeetingContext();
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const [passage, setPassage] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commentId = useId();
  const passageId = useId();
  const passageHintId = useId();
  const commentRef = useRef<HTMLTextAreaElement>(null);

  async function send(verdict: Verdict, done: string) {
    setBusy(true);
    setError(null);
    try {
      await versionsApi.approve(meeting.id, version.number, verdict);
      setMessage(done);
      setAsking(false);
      setComment('');
      setPassage('');
      refresh();
    } catch (failure) {
      setError(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }

  function requestChange(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (comment.trim() === '') {
      setError(t('approvals.commentRequired'));
      commentRef.current?.focus();
      return;
    }
    void send(
      {
        verdict: 'changes_requested',
        comment: comment.trim(),
        ...(passage.trim() ? { passage: passage.trim() } : {}),
      },
      t('approvals.changesSent'),
    );
  }

  return (
    <div className="approval-form" data-testid="approval-form">
      <h4 className="approvals__heading">{t('approvals.yourVerdict')}</h4>
      {!asking && (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            data-testid="approve"
            onClick={() => void send({ verdict: 'approved' }, t('approvals.approvedSent'))}
          >
            {t('approvals.approve')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            data-testid="request-change"
            onClick={() => {
              setAsking(true);
              setMessage(null);
              requestAnimationFrame(() => commentRef.current?.focus());
            }}
          >
            {t('approvals.requestChange')}
          </button>
        </div>
      )}
      {asking && (
        <form className="approval-form__change" onSubmit={requestChange} noValidate>
          <div className="field">
            <label htmlFor={commentId}>{t('approvals.comment')}</label>
            <textarea
              ref={commentRef}
              id={commentId}
              rows={3}
              maxLength={4000}
              value={comment}
              required
              aria-invalid={error !== null && comment.trim() === '' ? true : undefined}
              data-testid="change-comment"
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={passageId}>{t('approvals.passageLabel')}</label>
            <p id={passageHintId} className="field-hint">
              {t('approvals.passageHint')}
            </p>
            <textarea
              id={passageId}
              rows={3}
              maxLength={2000}
              value={passage}
              aria-describedby={passageHintId}
              data-testid="change-passage"
              onChange={(event) => setPassage(event.target.value)}
            />
          </div>
          <div className="button-row">
            <button
              type="submit"
              className="button button--primary"
              disabled={busy}
              data-testid="send-change"
            >
              {t('approvals.sendChange')}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {t('confirm.cancel')}
            </button>
          </div>
        </form>
      )}
      <p role="status" className="approval-form__status">
        {message}
      </p>
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
    </div>
  );
}
