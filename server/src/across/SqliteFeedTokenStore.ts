import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../storage/openDatabase.js';
import type { FeedTokenStore } from './FeedTokenStore.js';

const SELECT_KEY = "SELECT key FROM server_keys WHERE name = 'feeds'";
const SELECT_GENERATION = 'SELECT generation FROM feed_tokens WHERE account_id = ?';
const UPSERT = `INSERT INTO feed_tokens (account_id, generation, token_hash, created_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (account_id) DO UPDATE SET generation = excluded.generation, token_hash = excluded.token_hash,
    created_at = excluded.created_at`;
const SELECT_ACCOUNT = 'SELECT account_id AS accountId FROM feed_tokens WHERE token_hash = ?';

export class SqliteFeedTokenStore implements FeedTokenStore {
  private readonly feedKey: Buffer;
  private readonly selectGeneration: Statement<[string], { generation: number }>;
  private readonly upsert: Statement<[string, number, string, string]>;
  private readonly selectAccount: Statement<[string], { accountId: string }>;

  constructor(db: SqliteDatabase) {
    const row = db.prepare<[], { key: Buffer }>(SELECT_KEY).get();
    if (!row) throw new Error('the database has no feed key; was it migrated?');
    this.feedKey = row.key;
    this.selectGeneration = db.prepare(SELECT_GENERATION);
    this.upsert = db.prepare(UPSERT);
    this.selectAccount = db.prepare(SELECT_ACCOUNT);
  }

  key(): Buffer {
    return this.feedKey;
  }

  async generation(accountId: string): Promise<number | undefined> {
    return this.selectGeneration.get(accountId)?.generation;
  }

  async set(accountId: string, generation: number, tokenHash: string): Promise<void> {
    this.upsert.run(accountId, generation, tokenHash, new Date().toISOString());
  }

  async accountOf(tokenHash: string): Promise<string | undefined> {
    return this.selectAccount.get(tokenHash)?.accountId;
  }
}
