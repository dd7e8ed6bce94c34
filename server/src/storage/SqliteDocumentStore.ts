import type { Statement } from 'better-sqlite3';
import type { DocumentStore, StoredDocument } from './DocumentStore.js';
import type { SqliteDatabase } from './openDatabase.js';

const SELECT_UPDATES = 'SELECT seq, data FROM document_updates WHERE document = ? AND seq > ? ORDER BY seq';
// The next sequence number of the document, in the same statement: SQLite runs one writer at a
// time, so two processes sharing the file (the server and the CLI) cannot take the same one.
const INSERT_UPDATE = `INSERT INTO document_updates (document, seq, data)
  SELECT @name, coalesce(max(seq), 0) + 1, @update FROM document_updates WHERE document = @name
  RETURNING seq`;
const DELETE_THROUGH = 'DELETE FROM document_updates WHERE document = ? AND seq <= ?';

export class SqliteDocumentStore implements DocumentStore {
  private readonly selectUpdates: Statement<[string, number], { seq: number; data: Buffer }>;
  private readonly insertUpdate: Statement<[{ name: string; update: Uint8Array }], { seq: number }>;
  private readonly deleteThrough: Statement<[string, number]>;
  private readonly compactTransaction: (name: string, throughSeq: number, state: Uint8Array) => number;

  constructor(private readonly db: SqliteDatabase) {
    this.selectUpdates = db.prepare(SELECT_UPDATES);
    this.insertUpdate = db.prepare(INSERT_UPDATE);
    this.deleteThrough = db.prepare(DELETE_THROUGH);
    this.compactTransaction = db.transaction((name: string, throughSeq: number, state: Uint8Array) => {
      const seq = this.appendNow(name, state);
      this.deleteThrough.run(name, throughSeq);
      return seq;
    });
  }

  async load(name: string, afterSeq = 0): Promise<StoredDocument> {
    const rows = this.selectUpdates.all(name, afterSeq);
    return {
      updates: rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)),
      lastSeq: rows.at(-1)?.seq ?? afterSeq,
    };
  }

  async append(name: string, update: Uint8Array): Promise<number> {
    return this.appendNow(name, update);
  }

  async compact(name: string, throughSeq: number, state: Uint8Array): Promise<number> {
    return this.compactTransaction(name, throughSeq, state);
  }

  private appendNow(name: string, update: Uint8Array): number {
    const row = this.insertUpdate.get({ name, update });
    if (!row) throw new Error(`no sequence number for the update of ${name}`);
    return row.seq;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
