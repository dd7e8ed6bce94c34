import type { MeetingId, ShareLink } from '@minutes/shared';
import { meetingPath } from './meetingsApi';
import { request } from './request';

const linksPath = (id: MeetingId) => `${meetingPath(id)}/share-links`;

/** Links that let anyone read the published versions of a meeting, without an account. */
export const shareLinksApi = {
  async list(id: MeetingId, signal?: AbortSignal): Promise<ShareLink[]> {
    const body = await request<{ links: ShareLink[] }>(linksPath(id), { signal: signal ?? null });
    return body.links;
  },

  /** `expiresInHours` null: the link works until it is revoked. Its path is shown only now. */
  create(id: MeetingId, expiresInHours: number | null): Promise<ShareLink> {
    return request<ShareLink>(linksPath(id), {
      method: 'POST',
      body: JSON.stringify(expiresInHours === null ? {} : { expiresInHours }),
    });
  },

  async revoke(id: MeetingId, linkId: string): Promise<void> {
    await request<null>(`${linksPath(id)}/${encodeURIComponent(linkId)}`, { method: 'DELETE' });
  },
};
