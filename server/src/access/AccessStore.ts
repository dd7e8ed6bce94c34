import type { Account, MeetingId, Member, Role } from '@minutes/shared';

export type Scope = 'meeting' | 'series';

export interface StoredAccount extends Account {
  passwordHash: string;
}

export interface Session {
  account: Account;
  csrfToken: string;
  expiresAt: string;
}

export interface Series {
  id: string;
  name: string;
  createdAt: string;
}

export interface StoredInvite {
  scope: Scope;
  scopeId: string;
  role: Role;
  expiresAt: string;
  usedAt: string | null;
}

export interface ApiToken {
  meetingId: MeetingId;
  role: Role;
  expiresAt: string | null;
}

export class EmailTaken extends Error {}

/**
 * Accounts, sessions, series, memberships, invites and script tokens. Secrets (session tokens,
 * invite and script tokens) are stored only as hashes (`hashSecret`).
 */
export interface AccessStore {
  /** The first account created is the admin. Throws `EmailTaken`. */
  createAccount(input: { name: string; email: string; passwordHash: string }): Promise<Account>;
  accountByEmail(email: string): Promise<StoredAccount | undefined>;
  account(id: string): Promise<Account | undefined>;
  accounts(): Promise<Account[]>;

  createSession(tokenHash: string, accountId: string, csrfToken: string, expiresAt: string): Promise<void>;
  /** An unexpired session. */
  session(tokenHash: string, now: string): Promise<Session | undefined>;
  deleteSession(tokenHash: string): Promise<void>;

  createSeries(name: string): Promise<Series>;
  series(id: string): Promise<Series | undefined>;
  allSeries(): Promise<Series[]>;

  setRole(scope: Scope, scopeId: string, accountId: string, role: Role): Promise<void>;
  /** Whether there was a role to remove. */
  removeRole(scope: Scope, scopeId: string, accountId: string): Promise<boolean>;
  /** The meeting's own role for the account, else the series'. */
  roleIn(meetingId: MeetingId, seriesId: string | null, accountId: string): Promise<Role | null>;
  members(scope: Scope, scopeId: string): Promise<Member[]>;
  /** Meetings and series where the account has a role. */
  scopesOf(accountId: string): Promise<Array<{ scope: Scope; scopeId: string; role: Role }>>;

  createInvite(tokenHash: string, invite: Omit<StoredInvite, 'usedAt'>, createdBy: string): Promise<void>;
  invite(tokenHash: string): Promise<StoredInvite | undefined>;
  /** Marks an unused, unexpired invite used; false when it was not (any more). */
  useInvite(tokenHash: string, accountId: string, now: string): Promise<boolean>;

  createApiToken(tokenHash: string, token: ApiToken): Promise<void>;
  apiToken(tokenHash: string): Promise<ApiToken | undefined>;
}
