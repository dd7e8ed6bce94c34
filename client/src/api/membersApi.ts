import type { Invite, Member, Role } from '@minutes/shared';
import { request } from './request';

/** Whose members: a meeting's, or a series' (whose members belong to all its meetings). */
export interface MemberScope {
  kind: 'meetings' | 'series';
  id: string;
}

const scopePath = ({ kind, id }: MemberScope) => `/api/${kind}/${encodeURIComponent(id)}`;
const memberPath = (scope: MemberScope, accountId: string) =>
  `${scopePath(scope)}/members/${encodeURIComponent(accountId)}`;

export const membersApi = {
  async list(scope: MemberScope, signal?: AbortSignal): Promise<Member[]> {
    const body = await request<{ members: Member[] }>(`${scopePath(scope)}/members`, {
      signal: signal ?? null,
    });
    return body.members;
  },

  async setRole(scope: MemberScope, accountId: string, role: Role): Promise<void> {
    await request<unknown>(memberPath(scope, accountId), { method: 'PUT', body: JSON.stringify({ role }) });
  },

  async remove(scope: MemberScope, accountId: string): Promise<void> {
    await request<unknown>(memberPath(scope, accountId), { method: 'DELETE' });
  },

  /** A link that makes whoever opens it a member with `role`; its path is shown only now. */
  invite(scope: MemberScope, role: Role, expiresInHours: number): Promise<Invite> {
    return request<Invite>(`${scopePath(scope)}/invites`, {
      method: 'POST',
      body: JSON.stringify({ role, expiresInHours }),
    });
  },
};
