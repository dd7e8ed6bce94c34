import type { Statement } from 'better-sqlite3';
import type { DocumentStore, StoredDocument } from './DocumentStore.js';
import type { SqliteDatabase } from './openDatabase.js';

const SELECT_UPDATES = 'SELECT seq, data FROM document_updates WHERE document = ? AND seq > ? ORDER BY seq';
const INSERT_UPDATE = 'INSERT INTO document_updates (document, data) VALUES (?, ?)';
const DELETE_THROUGH = 'DELETE FROM document_updates WHERE document = ? AND seq <= ?';

export class SqliteDocumentStore implements DocumentStore {
  private readonly selectUpdates: Statement<[string, number], { seq: number; data: Buffer }>;
  private readonly insertUpdate: Statement<[string, Uint8Array]>;
  private readonly deleteThrough: Statement<[string, number]>;
  private readonly compactTransaction: (name: string, throughSeq: number, state: Uint8Array) => number;

  constructor(private readonly db: SqliteDatabase) {
    this.selectUpdates = db.prepare(SELECT_UPDATES);
    this.insertUpdate = db.prepare(INSERT_UPDATE);
    this.deleteThrough = db.prepare(DELETE_THROUGH);
    this.compactTransaction = db.transaction((name: string, throughSeq: number, state: Uint8Array) => {
      const seq = Number(this.insertUpdate.run(name, state).lastInsertRowid);
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
    return Number(this.insertUpdate.run(name, update).lastInsertRowid);
  }

  async compact(name: string, throughSeq: number, state: Uint8Array): Promise<number> {
    return this.compactTransaction(name, throughSeq, state);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
