import type { NewAccount, SessionInfo, SignIn } from '@minutes/shared';
import { request, setCsrfToken } from './request';

/** Every SessionInfo carries the CSRF token the calls after it must send. */
function remember(info: SessionInfo): SessionInfo {
  setCsrfToken(info.csrfToken);
  return info;
}

export const sessionApi = {
  async get(signal?: AbortSignal): Promise<SessionInfo> {
    return remember(await request<SessionInfo>('/api/session', { signal: signal ?? null }));
  },

  async signIn(credentials: SignIn): Promise<SessionInfo> {
    return remember(
      await request<SessionInfo>('/api/session', { method: 'POST', body: JSON.stringify(credentials) }),
    );
  },

  /** Creates the account and signs in with it; the first account is the admin. */
  async signUp(account: NewAccount): Promise<SessionInfo> {
    return remember(
      await request<SessionInfo>('/api/accounts', { method: 'POST', body: JSON.stringify(account) }),
    );
  },

  async signOut(): Promise<void> {
    await request<null>('/api/session', { method: 'DELETE' });
    setCsrfToken(null);
  },
};
