import type { Pool } from 'pg';
import type { FeedTokenStore } from '../../across/FeedTokenStore.js';

const SELECT_KEY = "SELECT key FROM server_keys WHERE name = 'feeds'";
const SELECT_GENERATION = 'SELECT generation FROM feed_tokens WHERE account_id = $1';
const UPSERT = `INSERT INTO feed_tokens (account_id, generation, token_hash, created_at) VALUES ($1, $2, $3, $4)
  ON CONFLICT (account_id) DO UPDATE SET generation = excluded.generation, token_hash = excluded.token_hash,
    created_at = excluded.created_at`;
const SELECT_ACCOUNT = 'SELECT account_id AS "accountId" FROM feed_tokens WHERE token_hash = $1';

export class PostgresFeedTokenStore implements FeedTokenStore {
  private constructor(
    private readonly pool: Pool,
    private readonly feedKey: Buffer,
  ) {}

  /** The store of a migrated database, with the server key read once. */
  static async open(pool: Pool): Promise<PostgresFeedTokenStore> {
    const { rows } = await pool.query<{ key: Buffer }>(SELECT_KEY);
    const key = rows[0]?.key;
    if (!key) throw new Error('the database has no feed key; was it migrated?');
    return new PostgresFeedTokenStore(pool, key);
  }

  key(): Buffer {
    return this.feedKey;
  }

  async generation(accountId: string): Promise<number | undefined> {
    return (await this.pool.query<{ generation: number }>(SELECT_GENERATION, [accountId])).rows[0]
      ?.generation;
  }

  async set(accountId: string, generation: number, tokenHash: string): Promise<void> {
    await this.pool.query(UPSERT, [accountId, generation, tokenHash, new Date().toISOString()]);
  }

  async accountOf(tokenHash: string): Promise<string | undefined> {
    return (await this.pool.query<{ accountId: string }>(SELECT_ACCOUNT, [tokenHash])).rows[0]?.accountId;
  }
}
