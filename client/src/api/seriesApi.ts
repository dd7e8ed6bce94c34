import type { Role } from '@minutes/shared';
import { request } from './request';

/** A series of meetings (a board, a steering group) with members of its own. */
export interface Series {
  id: string;
  name: string;
  /** The person's role in the series; null for an admin without one. */
  role: Role | null;
}

export const seriesApi = {
  async list(signal?: AbortSignal): Promise<Series[]> {
    const body = await request<{ series: Series[] }>('/api/series', { signal: signal ?? null });
    return body.series;
  },

  create(name: string): Promise<Series> {
    return request<Series>('/api/series', { method: 'POST', body: JSON.stringify({ name }) });
  },
};
