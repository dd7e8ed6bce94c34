import type { Meeting, MeetingId, NewMeeting } from '@minutes/shared';
import { ApiError } from './ApiError';

interface ErrorBody {
  error: { code: string; message: string };
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body as { error: unknown };
  return (
    typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
  );
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message);
    throw new ApiError(response.status, 'unknown', response.statusText || `HTTP ${response.status}`);
  }
  return body as T;
}

export const meetingsApi = {
  async list(signal?: AbortSignal): Promise<Meeting[]> {
    const body = await request<{ meetings: Meeting[] }>('/api/meetings', { signal: signal ?? null });
    return body.meetings;
  },

  get(id: MeetingId, signal?: AbortSignal): Promise<Meeting> {
    return request<Meeting>(`/api/meetings/${encodeURIComponent(id)}`, { signal: signal ?? null });
  },

  create(meeting: NewMeeting): Promise<Meeting> {
    return request<Meeting>('/api/meetings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(meeting),
    });
  },
};
