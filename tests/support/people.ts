import { CSRF_HEADER, type SessionInfo } from '@minutes/shared';

/** Someone with an account, signed in through the API as the browser would be. */
export interface Person {
  id: string;
  name: string;
  email: string;
  admin: boolean;
  /** The `Cookie` header value of the session. */
  cookie: string;
  /** The session cookie's value alone, as the browser stores it. */
  sessionToken: string;
  csrfToken: string;
  /** fetch on the test server as this person: session cookie, CSRF token, JSON. */
  fetch(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
}

export const TEST_PASSWORD = 'correct horse battery';

/** Signs up a new account on the server (the first one becomes the admin). */
export async function signUp(
  baseUrl: string,
  name: string,
  email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`,
): Promise<Person> {
  const response = await fetch(`${baseUrl}/api/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, email, password: TEST_PASSWORD }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return personOf(baseUrl, response);
}

export async function signIn(baseUrl: string, email: string, password = TEST_PASSWORD): Promise<Person> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return personOf(baseUrl, response);
}

async function personOf(baseUrl: string, response: Response): Promise<Person> {
  const session = (await response.json()) as SessionInfo;
  const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('minutes_session='));
  if (!session.account || !session.csrfToken || !setCookie) throw new Error('no session was started');
  const cookie = setCookie.split(';')[0] as string;
  const csrfToken = session.csrfToken;
  return {
    ...session.account,
    cookie,
    sessionToken: cookie.slice('minutes_session='.length),
    csrfToken,
    fetch(path, init = {}) {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      headers.set('cookie', cookie);
      headers.set(CSRF_HEADER, csrfToken);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return fetch(`${baseUrl}${path}`, {
        ...rest,
        headers,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    },
  };
}
