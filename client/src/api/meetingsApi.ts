import type { Meeting, MeetingId, NewMeeting } from '@minutes/shared';
import { request } from './request';

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
