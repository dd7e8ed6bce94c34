import type { Role } from '@minutes/shared';
import { request } from './request';

/** What an invite link grants, as shown before accepting it. */
export interface InviteDetails {
  role: Role;
  scope: 'meeting' | 'series';
  title: string;
  expiresAt: string;
}

export interface AcceptedInvite {
  meetingId?: string;
  seriesId?: string;
  role: Role;
}

const invitePath = (token: string) => `/api/invites/${encodeURIComponent(token)}`;

export const invitesApi = {
  get(token: string, signal?: AbortSignal): Promise<InviteDetails> {
    return request<InviteDetails>(invitePath(token), { signal: signal ?? null });
  },

  /** Makes the signed-in account a member. */
  accept(token: string): Promise<AcceptedInvite> {
    return request<AcceptedInvite>(`${invitePath(token)}/accept`, { method: 'POST' });
  },
};
