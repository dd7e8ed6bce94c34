import type { SearchHit } from '@minutes/shared';
import { request } from './request';

export const searchApi = {
  /** Full-text search over the minutes the person may read; the server refuses under 2 characters. */
  async search(q: string, series: string | null, signal?: AbortSignal): Promise<SearchHit[]> {
    const query = new URLSearchParams({ q });
    if (series !== null) query.set('series', series);
    const body = await request<{ hits: SearchHit[] }>(`/api/search?${query}`, { signal: signal ?? null });
    return body.hits;
  },
};
