import { randomUUID } from 'node:crypto';
import type { Account, MeetingId, Member, Role } from '@minutes/shared';
import type { SqliteDatabase } from '../storage/openDatabase.js';
import {
  type AccessStore,
  type ApiToken,
  EmailTaken,
  type Scope,
  type Series,
  type Session,
  type StoredAccount,
  type StoredInvite,
} from './AccessStore.js';

interface AccountRow {
  id: string;
  name: string;
  email: string;
  admin: number;
  passwordHash: string;
}

const ACCOUNT_COLUMNS = 'id, name, email, admin, password_hash AS passwordHash';

function accountOf(row: AccountRow): Account {
  return { id: row.id, name: row.name, email: row.email, admin: row.admin === 1 };
}

export class SqliteAccessStore implements AccessStore {
  constructor(private readonly db: SqliteDatabase) {}

  async createAccount(input: { name: string; email: string; passwordHash: string }): Promise<Account> {
    const id = randomUUID();
    const create = this.db.transaction(() => {
      const { count } = this.db.prepare('SELECT count(*) AS count FROM accounts').get() as { count: number };
      this.db
        .prepare(
          'INSERT INTO accounts (id, name, email, password_hash, admin, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(id, input.name, input.email, input.passwordHash, count === 0 ? 1 : 0, new Date().toISOString());
      return count === 0;
    });
    try {
      const admin = create.immediate();
      return { id, name: input.name, email: input.email, admin };
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new EmailTaken(input.email);
      throw error;
    }
  }

  async accountByEmail(email: string): Promise<StoredAccount | undefined> {
    const row = this.db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE email = ?`).get(email) as
      | AccountRow
      | undefined;
    return row && { ...accountOf(row), passwordHash: row.passwordHash };
  }

  async account(id: string): Promise<Account | undefined> {
    const row = this.db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = ?`).get(id) as
      | AccountRow
      | undefined;
    return row && accountOf(row);
  }

  async accounts(): Promise<Account[]> {
    const rows = this.db
      .prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts ORDER BY name`)
      .all() as AccountRow[];
    return rows.map(accountOf);
  }

  async createSession(tokenHash: string, accountId: string, csrfToken: string, expiresAt: string) {
    this.db
      .prepare(
        'INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(tokenHash, accountId, csrfToken, new Date().toISOString(), expiresAt);
  }

  async session(tokenHash: string, now: string): Promise<Session | undefined> {
    const row = this.db
      .prepare(
        `SELECT a.id, a.name, a.email, a.admin, a.password_hash AS passwordHash,
                s.csrf_token AS csrfToken, s.expires_at AS expiresAt
           FROM sessions s JOIN accounts a ON a.id = s.account_id
          WHERE s.token_hash = ? AND s.expires_at > ?`,
      )
      .get(tokenHash, now) as (AccountRow & { csrfToken: string; expiresAt: string }) | undefined;
    return row && { account: accountOf(row), csrfToken: row.csrfToken, expiresAt: row.expiresAt };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  async createSeries(name: string): Promise<Series> {
    const series: Series = { id: randomUUID(), name, createdAt: new Date().toISOString() };
    this.db.prepare('INSERT INTO series (id, name, created_at) VALUES (@id, @name, @createdAt)').run(series);
    return series;
  }

  async series(id: string): Promise<Series | undefined> {
    return this.db.prepare('SELECT id, name, created_at AS createdAt FROM series WHERE id = ?').get(id) as
      | Series
      | undefined;
  }

  async allSeries(): Promise<Series[]> {
    return this.db
      .prepare('SELECT id, name, created_at AS createdAt FROM series ORDER BY name')
      .all() as Series[];
  }

  async setRole(scope: Scope, scopeId: string, accountId: string, role: Role): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO memberships (scope, scope_id, account_id, role) VALUES (?, ?, ?, ?)
         ON CONFLICT (scope, scope_id, account_id) DO UPDATE SET role = excluded.role`,
      )
      .run(scope, scopeId, accountId, role);
  }

  async removeRole(scope: Scope, scopeId: string, accountId: string): Promise<boolean> {
    return (
      this.db
        .prepare('DELETE FROM memberships WHERE scope = ? AND scope_id = ? AND account_id = ?')
        .run(scope, scopeId, accountId).changes > 0
    );
  }

  async roleIn(meetingId: MeetingId, seriesId: string | null, accountId: string): Promise<Role | null> {
    const row = this.db
      .prepare(
        `SELECT role FROM memberships
          WHERE account_id = ? AND ((scope = 'meeting' AND scope_id = ?) OR (scope = 'series' AND scope_id = ?))
          ORDER BY scope = 'meeting' DESC LIMIT 1`,
      )
      .get(accountId, meetingId, seriesId) as { role: Role } | undefined;
    return row?.role ?? null;
  }

  async members(scope: Scope, scopeId: string): Promise<Member[]> {
    const rows = this.db
      .prepare(
        `SELECT a.id, a.name, a.email, m.role FROM memberships m JOIN accounts a ON a.id = m.account_id
          WHERE m.scope = ? AND m.scope_id = ? ORDER BY a.name`,
      )
      .all(scope, scopeId) as Array<{ id: string; name: string; email: string; role: Role }>;
    return rows.map(({ role, ...account }) => ({ account, role, scope }));
  }

  async scopesOf(accountId: string) {
    return this.db
      .prepare('SELECT scope, scope_id AS scopeId, role FROM memberships WHERE account_id = ?')
      .all(accountId) as Array<{ scope: Scope; scopeId: string; role: Role }>;
  }

  async createInvite(tokenHash: string, invite: Omit<StoredInvite, 'usedAt'>, createdBy: string) {
    this.db
      .prepare(
        `INSERT INTO invites (token_hash, scope, scope_id, role, created_by, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        tokenHash,
        invite.scope,
        invite.scopeId,
        invite.role,
        createdBy,
        new Date().toISOString(),
        invite.expiresAt,
      );
  }

  async invite(tokenHash: string): Promise<StoredInvite | undefined> {
    return this.db
      .prepare(
        `SELECT scope, scope_id AS scopeId, role, expires_at AS expiresAt, used_at AS usedAt
           FROM invites WHERE token_hash = ?`,
      )
      .get(tokenHash) as StoredInvite | undefined;
  }

  async useInvite(tokenHash: string, accountId: string, now: string): Promise<boolean> {
    const result = this.db
      .prepare(
        `UPDATE invites SET used_by = ?, used_at = ?
          WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?`,
      )
      .run(accountId, now, tokenHash, now);
    return result.changes === 1;
  }

  async createApiToken(tokenHash: string, token: ApiToken): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO api_tokens (token_hash, meeting_id, role, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(tokenHash, token.meetingId, token.role, new Date().toISOString(), token.expiresAt);
  }

  async apiToken(tokenHash: string): Promise<ApiToken | undefined> {
    return this.db
      .prepare(
        'SELECT meeting_id AS meetingId, role, expires_at AS expiresAt FROM api_tokens WHERE token_hash = ?',
      )
      .get(tokenHash) as ApiToken | undefined;
  }
}
