import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../api/ApiError';
import { describeError } from '../api/describeError';
import { type InviteDetails, invitesApi } from '../api/invitesApi';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { signInPath } from '../identity/nextPath';
import { useSession } from '../identity/useSession';
import { useDocumentTitle } from '../useDocumentTitle';

type Loaded =
  | { state: 'signedOut' }
  | { state: 'loading' }
  | { state: 'found'; invite: InviteDetails }
  | { state: 'gone' }
  | { state: 'failed'; error: unknown };

/** /invite/:token: what the link grants; signing in first if needed, then joining. */
export function InvitePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { account } = useSession();
  const [, navigate] = useLocation();
  const signedIn = account !== null;
  const [loaded, setLoaded] = useState<Loaded>(signedIn ? { state: 'loading' } : { state: 'signedOut' });
  const [joining, setJoining] = useState(false);
  const [joinError, setJoinError] = useState<string | null>(null);
  useDocumentTitle(t('invite.title'));

  // The server shows what an invite grants to signed-in people only.
  useEffect(() => {
    if (!signedIn) {
      setLoaded({ state: 'signedOut' });
      return;
    }
    setLoaded({ state: 'loading' });
    const controller = new AbortController();
    invitesApi.get(token, controller.signal).then(
      (invite) => setLoaded({ state: 'found', invite }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) setLoaded({ state: 'gone' });
        else setLoaded({ state: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [token, signedIn]);

  async function join() {
    setJoining(true);
    setJoinError(null);
    try {
      const joined = await invitesApi.accept(token);
      navigate(joined.meetingId ? `/meetings/${joined.meetingId}` : '/');
    } catch (failure) {
      setJoinError(
        failure instanceof ApiError && failure.status === 404 ? t('invite.gone') : describeError(failure, t),
      );
      setJoining(false);
    }
  }

  const here = `/invite/${encodeURIComponent(token)}`;
  if (loaded.state === 'loading') return <p className="muted">{t('invite.loading')}</p>;
  if (loaded.state === 'signedOut') {
    return (
      <div className="invite-page">
        <h1>{t('invite.title')}</h1>
        <section className="card" data-testid="invite-sign-in-first">
          <p>{t('invite.signInFirst')}</p>
          <p className="invite-page__actions">
            <Link href={signInPath(here)} className="button button--primary" data-testid="invite-sign-in">
              {t('auth.signIn')}
            </Link>
            <Link href={signInPath(here, '/signup')} className="button" data-testid="invite-sign-up">
              {t('auth.signUpLink')}
            </Link>
          </p>
        </section>
      </div>
    );
  }
  if (loaded.state !== 'found') {
    return (
      <div className="invite-page">
        <h1>{t('invite.title')}</h1>
        <p className="notice notice--error" role="alert">
          {loaded.state === 'gone' ? t('invite.gone') : describeError(loaded.error, t)}
        </p>
        <p>
          <Link href="/">{t('notFound.backHome')}</Link>
        </p>
      </div>
    );
  }

  const { invite } = loaded;
  return (
    <div className="invite-page">
      <h1>{t('invite.title')}</h1>
      <section className="card" data-testid="invite-details">
        <p className="invite-page__grant">
          {t(invite.scope === 'series' ? 'invite.grantsSeries' : 'invite.grantsMeeting', {
            title: invite.title,
            role: t(`roles.${invite.role}`).toLowerCase(),
          })}
        </p>
        <p className="muted">{t('invite.expires', { when: formatDateTime(invite.expiresAt, language) })}</p>
        {account !== null && (
          <>
            <p>{t('invite.joinAs', { name: account.name })}</p>
            <button
              type="button"
              className="button button--primary"
              disabled={joining}
              data-testid="invite-accept"
              onClick={() => void join()}
            >
              {joining ? t('invite.joining') : t('invite.join')}
            </button>
          </>
        )}
        <div role="alert">{joinError && <p className="notice notice--error">{joinError}</p>}</div>
      </section>
    </div>
  );
}
