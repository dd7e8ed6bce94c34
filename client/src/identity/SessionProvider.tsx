import type { Account, SessionInfo } from '@minutes/shared';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { onUnauthorized } from '../api/request';
import { sessionApi } from '../api/sessionApi';
import { type Session, SessionContext } from './useSession';

type Loaded =
  | { state: 'loading' }
  | { state: 'known'; account: Account | null }
  | { state: 'failed'; error: unknown };

/** Loads who is signed in once, before anything else renders, and keeps it current. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks for the session again.
  useEffect(() => {
    const controller = new AbortController();
    sessionApi.get(controller.signal).then(
      (info) => setLoaded({ state: 'known', account: info.account }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // A network failure (a flaky connection, the server restarting) is retried on its own: at once
  // when the browser is back online, else after a growing pause; the button stays for the impatient.
  useEffect(() => {
    if (loaded.state !== 'failed') return;
    const retry = () => {
      setLoaded({ state: 'loading' });
      setAttempt((count) => count + 1);
    };
    const timer = setTimeout(retry, Math.min(1000 * 2 ** Math.min(attempt, 4), 15_000));
    window.addEventListener('online', retry);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', retry);
    };
  }, [loaded, attempt]);

  // A call refused with 401 means the session ended elsewhere: learn it, and the pages send the person to sign in.
  useEffect(() => onUnauthorized(() => setAttempt((count) => count + 1)), []);

  const signedIn = useCallback(
    (info: SessionInfo) => setLoaded({ state: 'known', account: info.account }),
    [],
  );
  const signOut = useCallback(async () => {
    await sessionApi.signOut();
    // Signed out, the server hands out a fresh token for signing in again.
    const info = await sessionApi.get().catch(() => ({ account: null, csrfToken: null }));
    setLoaded({ state: 'known', account: info.account });
  }, []);

  const recheck = useCallback(async () => {
    const info = await sessionApi.get();
    setLoaded({ state: 'known', account: info.account });
  }, []);

  const account = loaded.state === 'known' ? loaded.account : null;
  const session = useMemo<Session>(
    () => ({ account, signedIn, signOut, recheck }),
    [account, signedIn, signOut, recheck],
  );

  if (loaded.state !== 'known') {
    return (
      <main id="main" className="site-main">
        {loaded.state === 'loading' ? (
          <p className="muted">{t('session.loading')}</p>
        ) : (
          <div role="alert">
            <p className="notice notice--error">{describeError(loaded.error, t)}</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setLoaded({ state: 'loading' });
                setAttempt((count) => count + 1);
              }}
            >
              {t('session.retry')}
            </button>
          </div>
        )}
      </main>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
