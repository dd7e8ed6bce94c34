import type {
  AuditEntry,
  Meeting,
  MeetingId,
  MeetingState,
  MeetingStatus,
  NewMeeting,
  Role,
  VersionSummary,
} from '@minutes/shared';
import { request } from './request';

/** A meeting in the list, with what the caller is in it. */
export interface MeetingListing extends Meeting {
  role: Role | null;
  status: MeetingStatus;
}

export const meetingPath = (id: MeetingId) => `/api/meetings/${encodeURIComponent(id)}`;

export const meetingsApi = {
  async list(signal?: AbortSignal): Promise<MeetingListing[]> {
    const body = await request<{ meetings: MeetingListing[] }>('/api/meetings', { signal: signal ?? null });
    return body.meetings;
  },

  get(id: MeetingId, signal?: AbortSignal): Promise<Meeting> {
    return request<Meeting>(meetingPath(id), { signal: signal ?? null });
  },

  /** Creates the meeting; the caller becomes its secretary. */
  create(meeting: NewMeeting): Promise<Meeting> {
    return request<Meeting>('/api/meetings', { method: 'POST', body: JSON.stringify(meeting) });
  },

  /** "New meeting from the previous one", in the same series; the caller becomes its secretary. */
  next(previous: MeetingId, input: { date: string; title?: string }): Promise<Meeting> {
    return request<Meeting>(`${meetingPath(previous)}/next`, { method: 'POST', body: JSON.stringify(input) });
  },

  state(id: MeetingId, signal?: AbortSignal): Promise<MeetingState> {
    return request<MeetingState>(`${meetingPath(id)}/state`, { signal: signal ?? null });
  },

  /** Locks the draft and stores it as a new version. */
  finalise(id: MeetingId): Promise<VersionSummary> {
    return request<VersionSummary>(`${meetingPath(id)}/finalise`, { method: 'POST' });
  },

  reopen(id: MeetingId): Promise<{ status: MeetingStatus }> {
    return request<{ status: MeetingStatus }>(`${meetingPath(id)}/reopen`, { method: 'POST' });
  },

  async audit(id: MeetingId, signal?: AbortSignal): Promise<AuditEntry[]> {
    const body = await request<{ entries: AuditEntry[] }>(`${meetingPath(id)}/audit`, {
      signal: signal ?? null,
    });
    return body.entries;
  },
};
