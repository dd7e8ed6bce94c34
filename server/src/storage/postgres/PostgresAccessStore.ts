import { randomUUID } from 'node:crypto';
import type { Account, MeetingId, Member, Role } from '@minutes/shared';
import { DatabaseError, type Pool } from 'pg';
import {
  type AccessStore,
  type ApiToken,
  EmailTaken,
  type Scope,
  type Series,
  type Session,
  type StoredAccount,
  type StoredInvite,
} from '../../access/AccessStore.js';
import { inTransaction } from './inTransaction.js';
import { LockSpace } from './LockSpace.js';

const UNIQUE_VIOLATION = '23505';

const ACCOUNT_COLUMNS = 'id, name, email, admin, password_hash AS "passwordHash"';

// Accounts are created one at a time, so that exactly one (the first) is the admin.
const LOCK_ACCOUNTS = 'SELECT pg_advisory_xact_lock($1, 0)';
const INSERT_ACCOUNT = `INSERT INTO accounts (id, name, email, password_hash, admin, created_at)
  VALUES ($1, $2, $3, $4, NOT EXISTS (SELECT FROM accounts), $5) RETURNING admin`;
const SELECT_ACCOUNT_BY_EMAIL = `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE email = $1`;
const SELECT_ACCOUNT = `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = $1`;
const SELECT_ACCOUNTS = `SELECT ${ACCOUNT_COLUMNS} FROM accounts ORDER BY name`;

const INSERT_SESSION = `INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, expires_at)
  VALUES ($1, $2, $3, $4, $5)`;
const SELECT_SESSION = `SELECT a.id, a.name, a.email, a.admin, s.csrf_token AS "csrfToken", s.expires_at AS "expiresAt"
  FROM sessions s JOIN accounts a ON a.id = s.account_id
  WHERE s.token_hash = $1 AND s.expires_at > $2`;
const DELETE_SESSION = 'DELETE FROM sessions WHERE token_hash = $1';

const INSERT_SERIES = 'INSERT INTO series (id, name, created_at) VALUES ($1, $2, $3)';
const SELECT_SERIES = 'SELECT id, name, created_at AS "createdAt" FROM series WHERE id = $1';
const SELECT_ALL_SERIES = 'SELECT id, name, created_at AS "createdAt" FROM series ORDER BY name';

const UPSERT_ROLE = `INSERT INTO memberships (scope, scope_id, account_id, role) VALUES ($1, $2, $3, $4)
  ON CONFLICT (scope, scope_id, account_id) DO UPDATE SET role = excluded.role`;
const DELETE_ROLE = 'DELETE FROM memberships WHERE scope = $1 AND scope_id = $2 AND account_id = $3';
const SELECT_ROLE_IN = `SELECT role FROM memberships
  WHERE account_id = $1 AND ((scope = 'meeting' AND scope_id = $2) OR (scope = 'series' AND scope_id = $3))
  ORDER BY scope = 'meeting' DESC LIMIT 1`;
const SELECT_MEMBERS = `SELECT a.id, a.name, a.email, m.role FROM memberships m JOIN accounts a ON a.id = m.account_id
  WHERE m.scope = $1 AND m.scope_id = $2 ORDER BY a.name`;
const SELECT_SCOPES = 'SELECT scope, scope_id AS "scopeId", role FROM memberships WHERE account_id = $1';

const INSERT_INVITE = `INSERT INTO invites (token_hash, scope, scope_id, role, created_by, created_at, expires_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;
const SELECT_INVITE = `SELECT scope, scope_id AS "scopeId", role, expires_at AS "expiresAt", used_at AS "usedAt"
  FROM invites WHERE token_hash = $1`;
const USE_INVITE = `UPDATE invites SET used_by = $1, used_at = $2
  WHERE token_hash = $3 AND used_at IS NULL AND expires_at > $2`;

const INSERT_API_TOKEN = `INSERT INTO api_tokens (token_hash, meeting_id, role, created_at, expires_at)
  VALUES ($1, $2, $3, $4, $5)`;
const SELECT_API_TOKEN = `SELECT meeting_id AS "meetingId", role, expires_at AS "expiresAt"
  FROM api_tokens WHERE token_hash = $1`;

type AccountRow = Account & { passwordHash: string };

function accountOf(row: Account): Account {
  return { id: row.id, name: row.name, email: row.email, admin: row.admin };
}

export class PostgresAccessStore implements AccessStore {
  constructor(private readonly pool: Pool) {}

  async createAccount(input: { name: string; email: string; passwordHash: string }): Promise<Account> {
    const id = randomUUID();
    try {
      const admin = await inTransaction(this.pool, async (client) => {
        await client.query(LOCK_ACCOUNTS, [LockSpace.accounts]);
        const { rows } = await client.query<{ admin: boolean }>(INSERT_ACCOUNT, [
          id,
          input.name,
          input.email,
          input.passwordHash,
          new Date().toISOString(),
        ]);
        return rows[0]?.admin === true;
      });
      return { id, name: input.name, email: input.email, admin };
    } catch (error) {
      if (error instanceof DatabaseError && error.code === UNIQUE_VIOLATION)
        throw new EmailTaken(input.email);
      throw error;
    }
  }

  async accountByEmail(email: string): Promise<StoredAccount | undefined> {
    const row = (await this.pool.query<AccountRow>(SELECT_ACCOUNT_BY_EMAIL, [email])).rows[0];
    return row && { ...accountOf(row), passwordHash: row.passwordHash };
  }

  async account(id: string): Promise<Account | undefined> {
    const row = (await this.pool.query<AccountRow>(SELECT_ACCOUNT, [id])).rows[0];
    return row && accountOf(row);
  }

  async accounts(): Promise<Account[]> {
    return (await this.pool.query<AccountRow>(SELECT_ACCOUNTS)).rows.map(accountOf);
  }

  async createSession(tokenHash: string, accountId: string, csrfToken: string, expiresAt: string) {
    await this.pool.query(INSERT_SESSION, [
      tokenHash,
      accountId,
      csrfToken,
      new Date().toISOString(),
      expiresAt,
    ]);
  }

  async session(tokenHash: string, now: string): Promise<Session | undefined> {
    const { rows } = await this.pool.query<Account & { csrfToken: string; expiresAt: string }>(
      SELECT_SESSION,
      [tokenHash, now],
    );
    const row = rows[0];
    return row && { account: accountOf(row), csrfToken: row.csrfToken, expiresAt: row.expiresAt };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query(DELETE_SESSION, [tokenHash]);
  }

  async createSeries(name: string): Promise<Series> {
    const series: Series = { id: randomUUID(), name, createdAt: new Date().toISOString() };
    await this.pool.query(INSERT_SERIES, [series.id, series.name, series.createdAt]);
    return series;
  }

  async series(id: string): Promise<Series | undefined> {
    return (await this.pool.query<Series>(SELECT_SERIES, [id])).rows[0];
  }

  async allSeries(): Promise<Series[]> {
    return (await this.pool.query<Series>(SELECT_ALL_SERIES)).rows;
  }

  async setRole(scope: Scope, scopeId: string, accountId: string, role: Role): Promise<void> {
    await this.pool.query(UPSERT_ROLE, [scope, scopeId, accountId, role]);
  }

  async removeRole(scope: Scope, scopeId: string, accountId: string): Promise<boolean> {
    return ((await this.pool.query(DELETE_ROLE, [scope, scopeId, accountId])).rowCount ?? 0) > 0;
  }

  async roleIn(meetingId: MeetingId, seriesId: string | null, accountId: string): Promise<Role | null> {
    const { rows } = await this.pool.query<{ role: Role }>(SELECT_ROLE_IN, [accountId, meetingId, seriesId]);
    return rows[0]?.role ?? null;
  }

  async members(scope: Scope, scopeId: string): Promise<Member[]> {
    const { rows } = await this.pool.query<{ id: string; name: string; email: string; role: Role }>(
      SELECT_MEMBERS,
      [scope, scopeId],
    );
    return rows.map(({ role, ...account }) => ({ account, role, scope }));
  }

  async scopesOf(accountId: string) {
    return (await this.pool.query<{ scope: Scope; scopeId: string; role: Role }>(SELECT_SCOPES, [accountId]))
      .rows;
  }

  async createInvite(tokenHash: string, invite: Omit<StoredInvite, 'usedAt'>, createdBy: string) {
    await this.pool.query(INSERT_INVITE, [
      tokenHash,
      invite.scope,
      invite.scopeId,
      invite.role,
      createdBy,
      new Date().toISOString(),
      invite.expiresAt,
    ]);
  }

  async invite(tokenHash: string): Promise<StoredInvite | undefined> {
    return (await this.pool.query<StoredInvite>(SELECT_INVITE, [tokenHash])).rows[0];
  }

  async useInvite(tokenHash: string, accountId: string, now: string): Promise<boolean> {
    return (await this.pool.query(USE_INVITE, [accountId, now, tokenHash])).rowCount === 1;
  }

  async createApiToken(tokenHash: string, token: ApiToken): Promise<void> {
    await this.pool.query(INSERT_API_TOKEN, [
      tokenHash,
      token.meetingId,
      token.role,
      new Date().toISOString(),
      token.expiresAt,
    ]);
  }

  async apiToken(tokenHash: string): Promise<ApiToken | undefined> {
    return (await this.pool.query<ApiToken>(SELECT_API_TOKEN, [tokenHash])).rows[0];
  }
}
