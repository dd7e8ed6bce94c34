import { z } from 'zod';
import type { Minutes } from '../extract/Minutes.js';
import { Role } from './Role.js';

/** The HTTP header that carries the session's CSRF token on every request that changes something. */
export const CSRF_HEADER = 'x-csrf-token';
/** The session cookie (httpOnly). */
export const SESSION_COOKIE = 'minutes_session';

const email = z
  .string({ error: 'email must be a string' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'email must be an e-mail address' }).max(254));
const name = z
  .string({ error: 'name must be a string' })
  .trim()
  .min(1, { error: 'name must not be empty' })
  .max(120, { error: 'name must be at most 120 characters' });
const password = z
  .string({ error: 'password must be a string' })
  .min(10, { error: 'password must be at least 10 characters' })
  .max(200, { error: 'password must be at most 200 characters' });

/** POST /api/accounts */
export const NewAccount = z.strictObject({ name, email, password });
export type NewAccount = z.infer<typeof NewAccount>;

/** POST /api/session */
export const SignIn = z.strictObject({
  email,
  password: z.string({ error: 'password must be a string' }).max(200),
});
export type SignIn = z.infer<typeof SignIn>;

export interface Account {
  id: string;
  name: string;
  email: string;
  admin: boolean;
}

/** GET /api/session: who is signed in, and the token to send as `x-csrf-token`. */
export interface SessionInfo {
  account: Account | null;
  csrfToken: string | null;
}

export interface Member {
  account: Pick<Account, 'id' | 'name' | 'email'>;
  role: Role;
  /** Where the role comes from. */
  scope: 'meeting' | 'series';
}

/** PUT /api/meetings/:id/members/:accountId, PUT /api/series/:id/members/:accountId */
export const SetRole = z.strictObject({ role: Role });

/** POST /api/meetings/:id/invites, POST /api/series/:id/invites */
export const NewInvite = z.strictObject({
  role: Role,
  /** Hours until the link stops working: 1 hour to 30 days. */
  expiresInHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
});
export interface Invite {
  /** The path to open, `/invite/<token>`; shown once. */
  path: string;
  role: Role;
  expiresAt: string;
}

export type MeetingStatus = 'draft' | 'finalised';

export interface Approval {
  account: Pick<Account, 'id' | 'name'>;
  verdict: 'approved' | 'changes_requested';
  /** For a requested change: what should change, and the passage it is about. */
  comment: string | null;
  passage: string | null;
  at: string;
}

/** POST /api/meetings/:id/versions/:n/approvals */
export const NewApproval = z.discriminatedUnion('verdict', [
  z.strictObject({ verdict: z.literal('approved') }),
  z.strictObject({
    verdict: z.literal('changes_requested'),
    comment: z.string().trim().min(1, { error: 'comment must not be empty' }).max(4000),
    passage: z.string().trim().max(2000).optional(),
  }),
]);

export interface VersionSummary {
  number: number;
  finalisedAt: string;
  finalisedBy: string;
  sha256: string;
  publishedAt: string | null;
  /** Passages replaced in the copy readers get. */
  masks: string[];
  approvals: Approval[];
  /** Every named verifier approved this version. */
  verified: boolean;
}

export interface Version extends VersionSummary {
  /** ProseMirror JSON of the document. */
  document: unknown;
  minutes: Minutes;
}

/** GET /api/meetings/:id/state */
export interface MeetingState {
  status: MeetingStatus;
  /** The caller's role, and whether they are an admin. */
  role: Role | null;
  admin: boolean;
  versions: VersionSummary[];
  /** Names of the members who verify (role verifier). */
  verifiers: Array<Pick<Account, 'id' | 'name'>>;
  /** Decisions verified at once during the meeting. */
  verifiedDecisions: VerifiedDecision[];
}

export interface VerifiedDecision {
  nodeId: string;
  text: string;
  by: string;
  at: string;
}

/** PUT /api/meetings/:id/versions/:n/masks, before publishing. */
export const SetMasks = z.strictObject({
  masks: z
    .array(z.string().trim().min(2, { error: 'a masked passage must be at least 2 characters' }).max(2000))
    .max(200),
});

/** POST /api/meetings/:id/share-links */
export const NewShareLink = z.strictObject({
  /** Hours until the link stops working; none for no expiry. */
  expiresInHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .optional(),
});
export interface ShareLink {
  id: string;
  /** Present only in the answer that created it. */
  path?: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface AuditEntry {
  action: string;
  actor: string | null;
  detail: Record<string, unknown>;
  at: string;
}

export const EXPORT_FORMATS = ['md', 'html', 'pdf', 'docx', 'json', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** POST /api/series */
export const NewSeries = z.strictObject({
  name: name.max(200, { error: 'name must be at most 200 characters' }),
});

/** GET /api/invites/:token */
export interface InviteInfo {
  role: Role;
  scope: 'meeting' | 'series';
  title: string;
  expiresAt: string;
}
