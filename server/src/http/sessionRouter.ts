import { NewAccount, type SessionInfo, SignIn } from '@minutes/shared';
import { type Request, type Response, Router } from 'express';
import type { AccessControl, SignedIn } from '../access/AccessControl.js';
import { EmailTaken } from '../access/AccessStore.js';
import { SignInThrottle } from '../access/SignInThrottle.js';
import { clearedSessionCookie, principalOf, requireAccount, sessionCookie } from './authenticate.js';
import { HttpError } from './HttpError.js';
import { parseBody } from './parseBody.js';

/** Sign up, sign in, sign out, and who is signed in: /api/session and /api/accounts. */
export function sessionRouter(access: AccessControl): Router {
  const router = Router();
  const throttle = new SignInThrottle();

  function signedIn(request: Request, response: Response, session: SignedIn, status = 200) {
    response.append('Set-Cookie', sessionCookie(request, session));
    const body: SessionInfo = { account: session.account, csrfToken: session.csrfToken };
    response.status(status).json(body);
  }

  router.get('/session', (_request, response) => {
    const principal = principalOf(response);
    const body: SessionInfo =
      principal?.kind === 'account'
        ? { account: principal.account, csrfToken: principal.csrfToken }
        : { account: null, csrfToken: null };
    response.setHeader('Cache-Control', 'no-store');
    response.json(body);
  });

  router.post('/session', async (request, response) => {
    const { email, password } = parseBody(SignIn, request.body);
    if (!throttle.allows(email)) {
      throw new HttpError(
        'too_many_requests',
        'too many failed sign-ins for this e-mail; try again in 15 minutes',
      );
    }
    const session = await access.signIn(email, password);
    if (!session) {
      throttle.failed(email);
      throw new HttpError('unauthorized', 'wrong e-mail or password');
    }
    throttle.succeeded(email);
    signedIn(request, response, session);
  });

  router.delete('/session', async (_request, response) => {
    const principal = principalOf(response);
    if (principal) await access.signOut(principal);
    response.append('Set-Cookie', clearedSessionCookie());
    response.status(204).end();
  });

  router.post('/accounts', async (request, response) => {
    const input = parseBody(NewAccount, request.body);
    try {
      signedIn(request, response, await access.signUp(input), 201);
    } catch (error) {
      if (error instanceof EmailTaken) throw new HttpError('conflict', 'an account with this e-mail exists');
      throw error;
    }
  });

  router.get('/accounts/me', (_request, response) => {
    response.json({ account: requireAccount(response) });
  });

  return router;
}
