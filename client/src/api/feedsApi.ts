import type { Feeds } from '@minutes/shared';
import { request } from './request';

/** The person's calendar feeds: addresses with a secret token, which work without signing in. */
export const feedsApi = {
  get(signal?: AbortSignal): Promise<Feeds> {
    return request<Feeds>('/api/feeds', { signal: signal ?? null });
  },

  /** New addresses for every feed; the old ones stop working at once. */
  renew(): Promise<Feeds> {
    return request<Feeds>('/api/feeds', { method: 'DELETE' });
  },
};
