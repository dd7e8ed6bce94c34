import type { Pool, PoolClient } from 'pg';
import type { DocumentStore, StoredDocument } from '../DocumentStore.js';
import { inTransaction } from './inTransaction.js';
import { LockSpace } from './LockSpace.js';

const SELECT_UPDATES = 'SELECT seq, data FROM document_updates WHERE document = $1 AND seq > $2 ORDER BY seq';
const LOCK_DOCUMENT = 'SELECT pg_advisory_xact_lock($1, hashtext($2))';
const INSERT_UPDATE = 'INSERT INTO document_updates (document, data) VALUES ($1, $2) RETURNING seq';
const DELETE_THROUGH = 'DELETE FROM document_updates WHERE document = $1 AND seq <= $2';

/**
 * The update log in PostgreSQL. Several server processes may append to one document.
 *
 * A sequence number is drawn when a row is inserted but seen only when its transaction commits:
 * unguarded, a load could see update 6 while update 5 is still in flight, and a compaction
 * through 6 would then delete 5 without having merged it. Every append and compaction therefore
 * holds the document's advisory lock until it commits, so each document's updates become
 * visible in sequence order.
 */
export class PostgresDocumentStore implements DocumentStore {
  constructor(private readonly pool: Pool) {}

  async load(name: string, afterSeq = 0): Promise<StoredDocument> {
    const { rows } = await this.pool.query<{ seq: number; data: Buffer }>(SELECT_UPDATES, [name, afterSeq]);
    return {
      updates: rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)),
      lastSeq: rows.at(-1)?.seq ?? afterSeq,
    };
  }

  async append(name: string, update: Uint8Array): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      await client.query(LOCK_DOCUMENT, [LockSpace.documents, name]);
      return insert(client, name, update);
    });
  }

  async compact(name: string, throughSeq: number, state: Uint8Array): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      await client.query(LOCK_DOCUMENT, [LockSpace.documents, name]);
      const seq = await insert(client, name, state);
      await client.query(DELETE_THROUGH, [name, throughSeq]);
      return seq;
    });
  }

  /** Ends the connection pool, which the other stores of the same database share. */
  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

async function insert(client: PoolClient, name: string, update: Uint8Array): Promise<number> {
  const { rows } = await client.query<{ seq: number }>(INSERT_UPDATE, [name, update]);
  const seq = rows[0]?.seq;
  if (seq === undefined) throw new Error(`no sequence number for an update of ${JSON.stringify(name)}`);
  return seq;
}
