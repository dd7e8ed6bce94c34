import { ApiError } from './ApiError';

/**
 * `CSRF_HEADER` of @minutes/shared, spelled out: the module that exports it builds zod schemas on
 * import, which the start page would then load. request.test.ts checks that the two agree.
 */
export const CSRF_HEADER = 'x-csrf-token';

interface ErrorBody {
  error: { code: string; message: string; reason?: string };
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body as { error: unknown };
  return (
    typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
  );
}

/** The session's CSRF token, from the last SessionInfo the server sent. */
let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Called when a call is refused with 401: the session has ended (expired, or signed out in another
 * tab). Signing in itself answers 401 for a wrong password, which is not that.
 */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const SESSION_PATH = '/api/session';

/**
 * The headers and body to send: JSON is asked for, and every call that changes something carries
 * the CSRF token and a JSON body (`{}` when there is nothing to say), unless it sends a file.
 */
export function withSessionHeaders(init: RequestInit): RequestInit {
  const method = (init.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') {
    return { ...init, headers: { Accept: 'application/json', ...init.headers } };
  }
  return {
    ...init,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      ...(csrfToken === null ? {} : { [CSRF_HEADER]: csrfToken }),
      ...init.headers,
    },
    body: init.body ?? '{}',
  };
}

/** A JSON call to the API; a failure throws an ApiError with the server's code and message. */
export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...withSessionHeaders(init) });
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
  let body: unknown = null;
  if (response.status !== 204) {
    try {
      body = await response.json();
    } catch (cause) {
      // Aborted while the body arrived: the caller must not take that for an empty answer.
      if (init.signal?.aborted) throw cause;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && path !== SESSION_PATH) {
      for (const listener of unauthorizedListeners) listener();
    }
    if (isErrorBody(body)) {
      throw new ApiError(response.status, body.error.code, body.error.message, body.error.reason);
    }
    throw new ApiError(response.status, 'unknown', response.statusText || `HTTP ${response.status}`);
  }
  return body as T;
}
