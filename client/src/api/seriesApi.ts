import type { RegisteredDecision, Role } from '@minutes/shared';
import type { MeetingListing } from './meetingsApi';
import { request } from './request';

/** A series of meetings (a board, a steering group) with members of its own. */
export interface Series {
  id: string;
  name: string;
  /** The person's role in the series; null for an admin without one. */
  role: Role | null;
}

export interface SeriesDetails extends Series {
  createdAt: string;
}

const seriesPath = (id: string) => `/api/series/${encodeURIComponent(id)}`;

export const seriesApi = {
  async list(signal?: AbortSignal): Promise<Series[]> {
    const body = await request<{ series: Series[] }>('/api/series', { signal: signal ?? null });
    return body.series;
  },

  create(name: string): Promise<Series> {
    return request<Series>('/api/series', { method: 'POST', body: JSON.stringify({ name }) });
  },

  /** A series the person has a role in, in the series or in one of its meetings. */
  get(id: string, signal?: AbortSignal): Promise<SeriesDetails> {
    return request<SeriesDetails>(seriesPath(id), { signal: signal ?? null });
  },

  /** The meetings of the series the person has a role in, newest first. */
  async meetings(id: string, signal?: AbortSignal): Promise<MeetingListing[]> {
    const body = await request<{ meetings: MeetingListing[] }>(`${seriesPath(id)}/meetings`, {
      signal: signal ?? null,
    });
    return body.meetings;
  },

  /** The decision register: members see the drafts' decisions, readers the published ones. */
  async decisions(id: string, signal?: AbortSignal): Promise<RegisteredDecision[]> {
    const body = await request<{ decisions: RegisteredDecision[] }>(`${seriesPath(id)}/decisions`, {
      signal: signal ?? null,
    });
    return body.decisions;
  },
};
