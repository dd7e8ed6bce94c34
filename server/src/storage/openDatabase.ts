import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/** Schema migrations, applied in order; `user_version` records how many have run. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meetings (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     date TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE document_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     document TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX document_updates_by_document ON document_updates (document, seq);`,
  `CREATE TABLE minutes (
     meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
     series TEXT, title TEXT, date TEXT, start_time TEXT, end_time TEXT, room TEXT, video_link TEXT,
     next_meeting TEXT,
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
     text TEXT NOT NULL, reservations TEXT NOT NULL,
     agenda_item_id TEXT, agenda_item_number INTEGER, agenda_item_title TEXT,
     PRIMARY KEY (meeting_id, node_id)
   );
   CREATE TABLE minutes_actions (
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     node_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     text TEXT NOT NULL, assignees TEXT NOT NULL, due TEXT, due_date TEXT, status TEXT NOT NULL,
     agenda_item_id TEXT, agenda_item_number INTEGER, agenda_item_title TEXT,
     PRIMARY KEY (meeting_id, node_id)
   );
   CREATE INDEX minutes_actions_by_due ON minutes_actions (due_date);`,
  `CREATE TABLE accounts (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     email TEXT NOT NULL UNIQUE,
     password_hash TEXT NOT NULL,
     admin INTEGER NOT NULL DEFAULT 0,
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
     state BLOB NOT NULL,
     document TEXT NOT NULL,
     minutes TEXT NOT NULL,
     html TEXT NOT NULL,
     sha256 TEXT NOT NULL,
     finalised_by TEXT NOT NULL,
     finalised_at TEXT NOT NULL,
     masks TEXT NOT NULL DEFAULT '[]',
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
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     meeting_id TEXT,
     series_id TEXT,
     actor TEXT,
     action TEXT NOT NULL,
     detail TEXT NOT NULL,
     at TEXT NOT NULL
   );
   CREATE INDEX audit_log_by_meeting ON audit_log (meeting_id, seq);`,
  // Across meetings: task statuses set in the tracker, calendar feed tokens, the search index.
  // No foreign keys to meetings: with the memory meeting store, meetings live outside SQLite.
  `CREATE TABLE task_statuses (
     meeting_id TEXT NOT NULL,
     node_id TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('open', 'done')),
     changed_by TEXT NOT NULL,
     changed_at TEXT NOT NULL,
     version INTEGER NOT NULL,
     in_document INTEGER NOT NULL,
     PRIMARY KEY (meeting_id, node_id)
   );
   CREATE TABLE server_keys (name TEXT PRIMARY KEY, key BLOB NOT NULL);
   INSERT INTO server_keys (name, key) VALUES ('feeds', randomblob(32));
   CREATE TABLE feed_tokens (
     account_id TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
     generation INTEGER NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL
   );
   CREATE TABLE search_entries (
     id INTEGER PRIMARY KEY,
     meeting_id TEXT NOT NULL,
     source TEXT NOT NULL CHECK (source IN ('draft', 'published')),
     version INTEGER,
     text TEXT NOT NULL,
     indexed_at TEXT NOT NULL,
     UNIQUE (meeting_id, source)
   );
   CREATE VIRTUAL TABLE search_terms USING fts5 (stems, tokenize = 'unicode61 remove_diacritics 0');`,
  // The update log kept in the order it is read, by document and sequence number: an append then
  // writes one page of one B-tree, where a rowid table wrote three (its own page, the index's and
  // sqlite_sequence's). Sequence numbers are now counted per document; the ones stored so far
  // are kept as they were, and rise within each document.
  `CREATE TABLE document_log (
     document TEXT NOT NULL,
     seq INTEGER NOT NULL,
     data BLOB NOT NULL,
     PRIMARY KEY (document, seq)
   ) WITHOUT ROWID;
   INSERT INTO document_log (document, seq, data) SELECT document, seq, data FROM document_updates;
   DROP TABLE document_updates;
   ALTER TABLE document_log RENAME TO document_updates;`,
];

export const DATABASE_FILE = 'minutes.sqlite';

/**
 * Opens (creating if needed) the SQLite database in `dataDir`. WAL with synchronous=NORMAL keeps
 * every committed transaction across a crash of the process; only a power loss can cost the last
 * ones, and the server and the CLI can use the file at the same time.
 */
export function openDatabase(dataDir: string): SqliteDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  return prepare(db);
}

/** A database that lives in memory only, for the memory storage mode and tests. */
export function openMemoryDatabase(): SqliteDatabase {
  return prepare(new Database(':memory:'));
}

function prepare(db: SqliteDatabase): SqliteDatabase {
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function migrate(db: SqliteDatabase): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this server (${MIGRATIONS.length})`);
  }
  db.transaction(() => {
    for (let version = current; version < MIGRATIONS.length; version++) {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    }
  }).immediate();
}
