import type { Account, Meeting, MeetingAccess, MeetingId, NewAccount, Role } from '@minutes/shared';
import type { AccessStore, Scope, StoredInvite } from './AccessStore.js';
import { hashPassword, unusableHash, verifyPassword } from './passwords.js';
import { hashSecret, looksLikeSecret, newSecret } from './secrets.js';

/** Who is asking: a signed-in account, or a script with a token for one meeting. */
export type Principal =
  | { kind: 'account'; account: Account; sessionHash: string; csrfToken: string }
  | { kind: 'token'; meetingId: MeetingId; role: Role };

/** What a request or a WebSocket upgrade carried. */
export interface Credentials {
  /** The session cookie's value. */
  session?: string | undefined;
  /** A script token (`?token=` or `Authorization: Bearer`). */
  token?: string | undefined;
}

export interface SignedIn {
  account: Account;
  /** The session cookie's value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

const SESSION_DAYS = 30;
const HOUR_MS = 3_600_000;

/** Accounts, sessions, tokens and roles: who someone is, and what they may do in a meeting. */
export class AccessControl {
  constructor(private readonly store: AccessStore) {}

  async signUp(input: NewAccount): Promise<SignedIn> {
    const account = await this.store.createAccount({
      name: input.name,
      email: input.email,
      passwordHash: await hashPassword(input.password),
    });
    return this.startSession(account);
  }

  async signIn(email: string, password: string): Promise<SignedIn | undefined> {
    const stored = await this.store.accountByEmail(email);
    const matches = await verifyPassword(password, stored?.passwordHash ?? (await unusableHash()));
    if (!stored || !matches) return undefined;
    const { passwordHash: _, ...account } = stored;
    return this.startSession(account);
  }

  async signOut(principal: Principal): Promise<void> {
    if (principal.kind === 'account') await this.store.deleteSession(principal.sessionHash);
  }

  /**
   * Who the credentials belong to: null when none were given, 'invalid' when they are forged,
   * expired or revoked. A token wins over a session.
   */
  async principal(credentials: Credentials): Promise<Principal | null | 'invalid'> {
    const now = new Date().toISOString();
    if (credentials.token !== undefined) {
      if (!looksLikeSecret(credentials.token)) return 'invalid';
      const token = await this.store.apiToken(hashSecret(credentials.token));
      if (!token || (token.expiresAt !== null && token.expiresAt <= now)) return 'invalid';
      return { kind: 'token', meetingId: token.meetingId, role: token.role };
    }
    if (credentials.session !== undefined) {
      if (!looksLikeSecret(credentials.session)) return 'invalid';
      const sessionHash = hashSecret(credentials.session);
      const session = await this.store.session(sessionHash, now);
      if (!session) return 'invalid';
      return { kind: 'account', account: session.account, sessionHash, csrfToken: session.csrfToken };
    }
    return null;
  }

  async accessTo(principal: Principal | null, meeting: Meeting): Promise<MeetingAccess> {
    if (!principal) return { role: null, admin: false };
    if (principal.kind === 'token') {
      return { role: principal.meetingId === meeting.id ? principal.role : null, admin: false };
    }
    if (principal.account.admin) {
      const role = await this.store.roleIn(meeting.id, meeting.seriesId, principal.account.id);
      return { role, admin: true };
    }
    return {
      role: await this.store.roleIn(meeting.id, meeting.seriesId, principal.account.id),
      admin: false,
    };
  }

  /** A token for scripts: `?token=` on /collab, `Authorization: Bearer` on the API. */
  async issueToken(meetingId: MeetingId, role: Role, expiresInHours?: number): Promise<string> {
    const token = newSecret();
    const expiresAt =
      expiresInHours === undefined ? null : new Date(Date.now() + expiresInHours * HOUR_MS).toISOString();
    await this.store.createApiToken(hashSecret(token), { meetingId, role, expiresAt });
    return token;
  }

  async createInvite(
    scope: Scope,
    scopeId: string,
    role: Role,
    expiresInHours: number,
    createdBy: string,
  ): Promise<{ token: string; expiresAt: string }> {
    const token = newSecret();
    const expiresAt = new Date(Date.now() + expiresInHours * HOUR_MS).toISOString();
    await this.store.createInvite(hashSecret(token), { scope, scopeId, role, expiresAt }, createdBy);
    return { token, expiresAt };
  }

  /** An invite that can still be used. */
  async openInvite(token: string): Promise<StoredInvite | undefined> {
    if (!looksLikeSecret(token)) return undefined;
    const invite = await this.store.invite(hashSecret(token));
    if (!invite || invite.usedAt !== null || invite.expiresAt <= new Date().toISOString()) return undefined;
    return invite;
  }

  /** Uses the invite (once) and grants its role; undefined when it cannot be used. */
  async acceptInvite(token: string, accountId: string): Promise<StoredInvite | undefined> {
    const invite = await this.openInvite(token);
    if (!invite) return undefined;
    if (!(await this.store.useInvite(hashSecret(token), accountId, new Date().toISOString())))
      return undefined;
    await this.store.setRole(invite.scope, invite.scopeId, accountId, invite.role);
    return invite;
  }

  private async startSession(account: Account): Promise<SignedIn> {
    const sessionToken = newSecret();
    const csrfToken = newSecret();
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * HOUR_MS);
    await this.store.createSession(hashSecret(sessionToken), account.id, csrfToken, expiresAt.toISOString());
    return { account, sessionToken, csrfToken, expiresAt };
  }
}
