import { CSRF_HEADER as SHARED_CSRF_HEADER } from '@minutes/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError';
import { CSRF_HEADER, onUnauthorized, request, setCsrfToken, withSessionHeaders } from './request';

const headersOf = (init: RequestInit) => new Headers(init.headers);

describe('withSessionHeaders', () => {
  it('names the header as the server reads it', () => expect(CSRF_HEADER).toBe(SHARED_CSRF_HEADER));

  beforeEach(() => setCsrfToken('token-1'));
  afterEach(() => setCsrfToken(null));

  it('sends no token with a GET', () => {
    const headers = headersOf(withSessionHeaders({}));
    expect(headers.get(CSRF_HEADER)).toBeNull();
    expect(headers.get('accept')).toBe('application/json');
  });

  const changing = ['POST', 'PUT', 'DELETE', 'post'];
  for (const method of changing) {
    it(`sends the token and a JSON body with ${method}, {} when there is none`, () => {
      const init = withSessionHeaders({ method });
      expect(headersOf(init).get(CSRF_HEADER)).toBe('token-1');
      expect(headersOf(init).get('content-type')).toBe('application/json');
      expect(init.body).toBe('{}');
    });
  }

  it('keeps the body and a content type of its own (a file upload)', () => {
    const init = withSessionHeaders({
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: 'bytes',
    });
    expect(headersOf(init).get('content-type')).toBe('application/octet-stream');
    expect(headersOf(init).get(CSRF_HEADER)).toBe('token-1');
    expect(init.body).toBe('bytes');
  });

  it('sends the latest token', () => {
    setCsrfToken('token-2');
    expect(headersOf(withSessionHeaders({ method: 'POST' })).get(CSRF_HEADER)).toBe('token-2');
  });
});

describe('request', () => {
  afterEach(() => vi.unstubAllGlobals());

  const answer = (status: number, body: unknown) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body === null ? null : JSON.stringify(body), { status })),
    );

  it('throws the server error with its code, message and status', async () => {
    answer(409, { error: { code: 'conflict', message: 'already finalised' } });
    const failure = await request('/api/meetings/x/finalise', { method: 'POST' }).catch((error) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 409, code: 'conflict', message: 'already finalised' });
  });

  it('reads no body from a 204', async () => {
    answer(204, null);
    await expect(request('/api/session', { method: 'DELETE' })).resolves.toBeNull();
  });

  it('rejects when aborted while the body arrives, rather than answering null', async () => {
    const controller = new AbortController();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        const body = new ReadableStream({
          start(stream) {
            stream.enqueue(new TextEncoder().encode('{"status":'));
            controller.abort();
            stream.error(new DOMException('aborted', 'AbortError'));
          },
        });
        return new Response(body, { status: 200 });
      }),
    );
    await expect(request('/api/meetings/x/state', { signal: controller.signal })).rejects.toThrow();
  });

  it('tells the listeners when a session has ended, but not for a wrong password', async () => {
    const ended = vi.fn();
    const stop = onUnauthorized(ended);
    answer(401, { error: { code: 'unauthorized', message: 'sign in' } });
    await request('/api/meetings').catch(() => {});
    expect(ended).toHaveBeenCalledTimes(1);
    await request('/api/session', { method: 'POST' }).catch(() => {});
    expect(ended).toHaveBeenCalledTimes(1);
    stop();
  });
});
