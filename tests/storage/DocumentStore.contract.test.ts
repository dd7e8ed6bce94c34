import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryDocumentStore, openDatabase, SqliteDocumentStore } from '@minutes/server';
import { afterAll } from 'vitest';
import { documentStoreContract } from './documentStoreContract.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

documentStoreContract('MemoryDocumentStore', async () => new MemoryDocumentStore());

documentStoreContract('SqliteDocumentStore', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-store-'));
  dirs.push(dir);
  return new SqliteDocumentStore(openDatabase(dir));
});
