import { z } from 'zod';

/**
 * What a member may do in a meeting. The chair is a verifier. An admin may do everything
 * everywhere; an admin is an account, not a role.
 */
export const ROLES = ['secretary', 'participant', 'verifier', 'reader'] as const;
export const Role = z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` });
export type Role = z.infer<typeof Role>;

/** Roles that write the live draft. Readers never receive it. */
export function editsDraft(role: Role): boolean {
  return role !== 'reader';
}

/** What the signed-in person (or a script's token) may do in one meeting. */
export interface MeetingAccess {
  role: Role | null;
  /** True for admins, who may do everything. */
  admin: boolean;
}

export type Permission =
  /** Open the live draft (read, and write unless it is finalised). */
  | 'draft'
  /** Read finalised versions in full, and their exports. */
  | 'versions'
  /** Read published versions, masked. */
  | 'published'
  /** Finalise, reopen, publish, mask, share, invite, name verifiers. */
  | 'manage'
  /** Approve a version or ask for a change. */
  | 'approve'
  /** Verify a single decision at once (omedelbar justering). */
  | 'verifyDecision';

const GRANTS: Record<Role, readonly Permission[]> = {
  secretary: ['draft', 'versions', 'published', 'manage', 'verifyDecision'],
  participant: ['draft', 'versions', 'published'],
  verifier: ['draft', 'versions', 'published', 'approve', 'verifyDecision'],
  reader: ['published'],
};

export function may(access: MeetingAccess, permission: Permission): boolean {
  if (access.admin) return true;
  return access.role !== null && GRANTS[access.role].includes(permission);
}
