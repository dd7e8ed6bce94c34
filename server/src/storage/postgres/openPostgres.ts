import { randomBytes } from 'node:crypto';
import { type CustomTypesConfig, Pool, type PoolClient, types } from 'pg';
import type { Logger } from '../../Logger.js';
import { inTransaction } from './inTransaction.js';
import { LockSpace } from './LockSpace.js';

/**
 * Schema migrations, applied in order, the same steps as SQLite's (`openDatabase.ts`);
 * `schema_migrations` records which have run. Timestamps and dates stay ISO 8601 text, as in
 * SQLite, so that they come back exactly as they were stored and compare as text.
 */
const MIGRATIONS: ReadonlyArray<string | ((client: PoolClient) => Promise<void>)> = [
  `CREATE TABLE meetings (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     date TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE document_updates (
     seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     document TEXT NOT NULL,
     data BYTEA NOT NULL
   );
   CREATE INDEX document_updates_by_document ON document_updates (document, seq);`,
  `CREATE TABLE minutes (
     meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
     series TEXT, title TEXT, date TEXT, start_time TEXT, end_time TEXT, room TEXT, video_link TEXT,
     next_meeting JSONB,
     extracted_at TEXT NOT NULL
   );
   CREATE TABLE minutes_attendees (
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     node_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     name TEXT NOT NULL, role TEXT, organisation TEXT, attendance TEXT NOT NULL, duty TEXT,
     PRIMARY KEY (meeting_id, node_id)
   );
   CREATE TABLE minutes_agenda_items (
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     node_id TEXT NOT NULL,
     number INTEGER NOT NULL,
     title TEXT NOT NULL, presenter TEXT, status TEXT NOT NULL,
     PRIMARY KEY (meeting_id, node_id)
   );
   CREATE TABLE minutes_decisions (
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     node_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     text TEXT NOT NULL, reservations JSONB NOT NULL,
     agenda_item_id TEXT, agenda_item_number INTEGER, agenda_item_title TEXT,
     PRIMARY KEY (meeting_id, node_id)
   );
   CREATE TABLE minutes_actions (
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     node_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     text TEXT NOT NULL, assignees JSONB NOT NULL, due TEXT, due_date TEXT, status TEXT NOT NULL,
     agenda_item_id TEXT, agenda_item_number INTEGER, agenda_item_title TEXT,
     PRIMARY KEY (meeting_id, node_id)
   );
   CREATE INDEX minutes_actions_by_due ON minutes_actions (due_date);`,
  `CREATE TABLE accounts (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     email TEXT NOT NULL UNIQUE,
     password_hash TEXT NOT NULL,
     admin BOOLEAN NOT NULL DEFAULT FALSE,
     created_at TEXT NOT NULL
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
     csrf_token TEXT NOT NULL,
     created_at TEXT NOT NULL,
     expires_at TEXT NOT NULL
   );
   CREATE TABLE series (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
   ALTER TABLE meetings ADD COLUMN series_id TEXT REFERENCES series (id);
   CREATE TABLE memberships (
     scope TEXT NOT NULL CHECK (scope IN ('meeting', 'series')),
     scope_id TEXT NOT NULL,
     account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
     role TEXT NOT NULL,
     PRIMARY KEY (scope, scope_id, account_id)
   );
   CREATE INDEX memberships_by_account ON memberships (account_id);
   CREATE TABLE invites (
     token_hash TEXT PRIMARY KEY,
     scope TEXT NOT NULL CHECK (scope IN ('meeting', 'series')),
     scope_id TEXT NOT NULL,
     role TEXT NOT NULL,
     created_by TEXT NOT NULL,
     created_at TEXT NOT NULL,
     expires_at TEXT NOT NULL,
     used_by TEXT,
     used_at TEXT
   );
   CREATE TABLE api_tokens (
     token_hash TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     role TEXT NOT NULL,
     created_at TEXT NOT NULL,
     expires_at TEXT
   );
   CREATE TABLE meeting_status (
     meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
     status TEXT NOT NULL CHECK (status IN ('draft', 'finalised')),
     changed_at TEXT NOT NULL
   );
   CREATE TABLE versions (
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     number INTEGER NOT NULL,
     state BYTEA NOT NULL,
     document JSON NOT NULL,
     minutes JSON NOT NULL,
     html TEXT NOT NULL,
     sha256 TEXT NOT NULL,
     finalised_by TEXT NOT NULL,
     finalised_at TEXT NOT NULL,
     masks JSONB NOT NULL DEFAULT '[]',
     published_at TEXT,
     PRIMARY KEY (meeting_id, number)
   );
   CREATE TABLE approvals (
     meeting_id TEXT NOT NULL,
     version INTEGER NOT NULL,
     account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
     verdict TEXT NOT NULL CHECK (verdict IN ('approved', 'changes_requested')),
     comment TEXT,
     passage TEXT,
     at TEXT NOT NULL,
     PRIMARY KEY (meeting_id, version, account_id),
     FOREIGN KEY (meeting_id, version) REFERENCES versions (meeting_id, number) ON DELETE CASCADE
   );
   CREATE TABLE verified_decisions (
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     node_id TEXT NOT NULL,
     text TEXT NOT NULL,
     verified_by TEXT NOT NULL,
     verified_at TEXT NOT NULL,
     PRIMARY KEY (meeting_id, node_id)
   );
   CREATE TABLE share_links (
     id TEXT PRIMARY KEY,
     token_hash TEXT NOT NULL UNIQUE,
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     created_by TEXT NOT NULL,
     created_at TEXT NOT NULL,
     expires_at TEXT,
     revoked_at TEXT
   );
   CREATE TABLE audit_log (
     seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     meeting_id TEXT,
     series_id TEXT,
     actor TEXT,
     action TEXT NOT NULL,
     detail JSONB NOT NULL,
     at TEXT NOT NULL
   );
   CREATE INDEX audit_log_by_meeting ON audit_log (meeting_id, seq);`,
  // Across meetings: task statuses set in the tracker, calendar feed tokens, the search index. The
  // index holds the Swedish and English stems of each entry (`stemmedText`) as a tsvector of the
  // 'simple' configuration, which only lower-cases: the stemming is done before, as for SQLite.
  async (client) => {
    await client.query(`
      CREATE TABLE task_statuses (
        meeting_id TEXT NOT NULL,
        node_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'done')),
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        in_document BOOLEAN NOT NULL,
        PRIMARY KEY (meeting_id, node_id)
      );
      CREATE TABLE server_keys (name TEXT PRIMARY KEY, key BYTEA NOT NULL);
      CREATE TABLE feed_tokens (
        account_id TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
        generation INTEGER NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      );
      CREATE TABLE search_entries (
        id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        meeting_id TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('draft', 'published')),
        version INTEGER,
        text TEXT NOT NULL,
        stems TEXT NOT NULL,
        terms TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', stems)) STORED,
        indexed_at TEXT NOT NULL,
        UNIQUE (meeting_id, source)
      );
      CREATE INDEX search_entries_by_terms ON search_entries USING GIN (terms);`);
    // The key comes from Node's CSPRNG: PostgreSQL has none without the pgcrypto extension.
    await client.query("INSERT INTO server_keys (name, key) VALUES ('feeds', $1)", [randomBytes(32)]);
  },
];

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  applied_at TEXT NOT NULL
)`;

const INT8_OID = 20;

/** BIGINT (sequence numbers, counts) as a number: they stay far below 2^53. */
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? Number
      : types.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
};

/**
 * Connects to the PostgreSQL database at `url` (postgres://…) and brings its schema up to date.
 * Every statement outside an explicit transaction commits when its query resolves, with the
 * server's `synchronous_commit` (on by default: flushed to disk).
 */
export async function openPostgres(url: string, log?: Logger): Promise<Pool> {
  const pool = new Pool({ connectionString: url, types: typeParsers });
  // An idle connection that breaks (the server restarted) is dropped by the pool; without a
  // listener its error would end the process.
  pool.on('error', (error) => log?.warn('an idle PostgreSQL connection failed', { error }));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}

async function migrate(pool: Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    // Server processes that start at once wait here in turn; the later ones find the schema done.
    await client.query('SELECT pg_advisory_xact_lock($1, 0)', [LockSpace.migrations]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ version: number }>(
      'SELECT coalesce(max(version), 0) AS version FROM schema_migrations',
    );
    const current = rows[0]?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(`database schema version ${current} is newer than this server (${MIGRATIONS.length})`);
    }
    for (let version = current; version < MIGRATIONS.length; version++) {
      const migration = MIGRATIONS[version];
      if (typeof migration === 'string') await client.query(migration);
      else await migration?.(client);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        version + 1,
        new Date().toISOString(),
      ]);
    }
  });
}
