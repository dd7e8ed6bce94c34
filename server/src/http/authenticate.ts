import {
  type Account,
  CSRF_HEADER,
  type Meeting,
  type MeetingAccess,
  may,
  type Permission,
  SESSION_COOKIE,
} from '@minutes/shared';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { Request, RequestHandler, Response } from 'express';
import type { AccessControl, Credentials, Principal, SignedIn } from '../access/AccessControl.js';
import { HttpError } from './HttpError.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The credentials of an HTTP request: the session cookie and `Authorization: Bearer`. */
export function credentialsOf(request: Request | { headers: Request['headers'] }): Credentials {
  const cookies = parseCookies(request.headers.cookie ?? '');
  const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  return { session: cookies[SESSION_COOKIE], token: bearer };
}

/**
 * Finds out who is asking and refuses cross-site writes. A request that changes something with a
 * session cookie must carry the session's CSRF token in `x-csrf-token`; one without credentials
 * must be JSON, which a cross-site form cannot send. Scripts with a bearer token need neither.
 */
export function authenticate(access: AccessControl): RequestHandler {
  return async (request, response, next) => {
    const credentials = credentialsOf(request);
    let principal = await access.principal(credentials);
    if (principal === 'invalid') {
      if (credentials.token !== undefined) throw new HttpError('unauthorized', 'the token is not valid');
      // A stale or forged session cookie counts as signed out, and is cleared.
      response.append('Set-Cookie', clearedSessionCookie());
      principal = null;
    }
    response.locals.principal = principal;
    if (!SAFE_METHODS.has(request.method)) {
      if (principal?.kind === 'account' && request.get(CSRF_HEADER) !== principal.csrfToken) {
        throw new HttpError('forbidden', `missing or wrong ${CSRF_HEADER} header`);
      }
      if (principal === null && !/^application\/json\b/i.test(request.get('content-type') ?? '')) {
        throw new HttpError('bad_request', 'requests without a session must be application/json');
      }
    }
    next();
  };
}

export function principalOf(response: Response): Principal | null {
  return (response.locals.principal as Principal | null | undefined) ?? null;
}

/** The signed-in account; scripts' tokens are for one meeting and do not count. */
export function requireAccount(response: Response): Account {
  const principal = principalOf(response);
  if (principal?.kind !== 'account') throw new HttpError('unauthorized', 'sign in first');
  return principal.account;
}

export function requireAdmin(response: Response): Account {
  const account = requireAccount(response);
  if (!account.admin) throw new HttpError('forbidden', 'only an admin may do this');
  return account;
}

/**
 * Refuses what the caller may not do in the meeting: 401 without credentials, 404 for someone
 * with no role at all (the meeting's existence is not told), 403 for a role without the permission.
 */
export function requirePermission(
  response: Response,
  meeting: Meeting,
  access: MeetingAccess,
  permission: Permission,
): void {
  if (may(access, permission)) return;
  if (principalOf(response) === null) throw new HttpError('unauthorized', 'sign in first');
  if (!access.admin && access.role === null) {
    throw new HttpError('not_found', `no meeting with id ${JSON.stringify(meeting.id)}`);
  }
  throw new HttpError('forbidden', `the role ${access.role} may not do this`);
}

/** Who did something, for the audit log and the record. */
export function actorOf(response: Response): { id: string; name: string } {
  const principal = principalOf(response);
  if (principal?.kind === 'account') return { id: principal.account.id, name: principal.account.name };
  if (principal?.kind === 'token')
    return { id: `token:${principal.meetingId}`, name: `token (${principal.role})` };
  throw new HttpError('unauthorized', 'sign in first');
}

export function sessionCookie(request: Request, signedIn: SignedIn): string {
  return serializeCookie(SESSION_COOKIE, signedIn.sessionToken, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.secure,
    path: '/',
    expires: signedIn.expiresAt,
  });
}

export function clearedSessionCookie(): string {
  return serializeCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0 });
}
