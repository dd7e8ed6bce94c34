import { CloseCode } from '@minutes/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { ClosedConnection, CollabStatus } from '../collab/CollabSession';
import { signInPath } from '../identity/nextPath';
import { useSession } from '../identity/useSession';

function closedMessage({ code, reason }: ClosedConnection, t: TFunction): string {
  switch (code) {
    case CloseCode.MeetingNotFound:
      return t('closed.meetingNotFound');
    case CloseCode.TooManyConnections:
      return t('closed.tooManyConnections');
    case CloseCode.DocumentTooLarge:
      return t('closed.documentTooLarge');
    case CloseCode.Forbidden:
      return t('closed.forbidden');
    case CloseCode.Unauthorized:
      return t('closed.unauthorized');
    case CloseCode.BadFrame:
      return t('closed.badFrame');
    default:
      return t('closed.other', { reason: reason || code });
  }
}

export function ConnectionStatus({ status }: { status: CollabStatus }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const { recheck } = useSession();
  const signInAgain = signInPath(location);
  const saveState = status.serverNotSaving ? 'notSaving' : status.saved ? 'saved' : 'unsaved';
  return (
    <div className="connection">
      <div className="status-bar" role="status" aria-live="polite" aria-label={t('status.label')}>
        <span
          className={`status status--${status.connection}`}
          data-testid="connection-status"
          data-state={status.connection}
        >
          <span className="status__dot" aria-hidden="true" />
          {t(`status.${status.connection}`)}
        </span>
        <span className={`status status--${saveState}`} data-testid="save-status" data-state={saveState}>
          <span className="status__dot" aria-hidden="true" />
          {t(`status.${saveState}`)}
        </span>
      </div>
      <div role="alert" className="connection__alert">
        {status.closed !== null && (
          <p className="notice notice--error" data-testid="connection-closed">
            {closedMessage(status.closed, t)}
            {status.closed.code === CloseCode.Unauthorized && (
              <>
                {' '}
                <Link
                  href={signInAgain}
                  data-testid="sign-in-again"
                  onClick={(event) => {
                    // The page still thinks it is signed in; learning otherwise takes it to sign in.
                    event.preventDefault();
                    void recheck().finally(() => navigate(signInAgain));
                  }}
                >
                  {t('closed.signInAgain')}
                </Link>
              </>
            )}
          </p>
        )}
      </div>
      {status.closed === null && status.connection === 'offline' && (
        <p className="notice">{t('status.offlineHint')}</p>
      )}
      {status.closed === null && status.connection !== 'offline' && status.serverNotSaving && (
        <p className="notice notice--error" data-testid="server-not-saving">
          {t('status.notSavingHint')}
        </p>
      )}
    </div>
  );
}
