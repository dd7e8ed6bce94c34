import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DATABASE_FILE, MIGRATIONS, openDatabase } from './openDatabase.js';
import { SqliteDocumentStore } from './SqliteDocumentStore.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-migrate-'));
  dirs.push(dir);
  return dir;
}

/** A database file at schema version `version`, as an older server left it. */
function databaseAt(dir: string, version: number): Database.Database {
  const db = new Database(path.join(dir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  for (const migration of MIGRATIONS.slice(0, version)) db.exec(migration);
  db.pragma(`user_version = ${version}`);
  return db;
}

function typed(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('openDatabase', () => {
  it('keeps the update log and its sequence numbers when it moves to one row order per document', async () => {
    const dir = tempDir();
    // The migration that rebuilt the log is the last one so far; before it, one sequence ran
    // across every document.
    const old = databaseAt(dir, MIGRATIONS.length - 1);
    const insert = old.prepare('INSERT INTO document_updates (document, data) VALUES (?, ?)');
    const a = new Y.Doc();
    const b = new Y.Doc();
    insert.run('a', typed(a, 'Mötet '));
    insert.run('b', typed(b, 'Annat'));
    insert.run('a', typed(a, 'öppnades'));
    old.close();

    const db = openDatabase(dir);
    const store = new SqliteDocumentStore(db);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      const loaded = await store.load('a');
      expect(loaded.lastSeq).toBe(3);
      expect((await store.load('a', 1)).updates).toHaveLength(1);
      const restored = new Y.Doc();
      for (const update of loaded.updates) Y.applyUpdate(restored, update);
      expect(restored.getText('t').toString()).toBe('Mötet öppnades');
      // New appends number on from the document's own highest number.
      expect(await store.append('a', typed(a, '.'))).toBe(4);
      expect(await store.append('b', typed(b, '!'))).toBe(3);
      expect(await store.append('new', typed(new Y.Doc(), 'x'))).toBe(1);
      expect((await store.load('b')).lastSeq).toBe(3);
    } finally {
      await store.close();
    }
  });

  it('refuses a database written by a newer server and leaves it as it was', () => {
    const dir = tempDir();
    databaseAt(dir, MIGRATIONS.length).close();
    const newer = new Database(path.join(dir, DATABASE_FILE));
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();
    expect(() => openDatabase(dir)).toThrow(/newer than this server/);
    const after = new Database(path.join(dir, DATABASE_FILE));
    expect(after.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
    after.close();
  });
});
