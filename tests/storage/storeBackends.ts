import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, openPostgresStores, type Stores, sqliteStores } from '@minutes/server';
import { afterEach, beforeEach } from 'vitest';

/** One kind of database the server can keep its data in. */
export interface StoreBackend {
  name: string;
  /** A new, empty database, and a way to open stores over it. */
  createDatabase(): Promise<TestDatabase>;
}

export interface TestDatabase {
  /** Stores over the database, on a connection of their own, as each server process has. */
  open(): Promise<Stores>;
  remove(): void;
}

export const sqliteBackend: StoreBackend = {
  name: 'SQLite',
  async createDatabase() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-store-'));
    return {
      open: async () => sqliteStores(openDatabase(dir)),
      remove: () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/** PostgreSQL: a new database of the test file's server for each test (see `usePostgres`). */
export function postgresBackend(postgres: { createDatabase(): Promise<string> }): StoreBackend {
  return {
    name: 'PostgreSQL',
    async createDatabase() {
      const url = await postgres.createDatabase();
      return { open: () => openPostgresStores(url), remove: () => {} };
    },
  };
}

export interface FreshStores {
  /** The stores of the current test, over a database of their own. */
  readonly stores: Stores;
  /** More stores over the same database: another server process, or this one restarted. */
  another(): Promise<Stores>;
}

/** In a `describe`: each test gets a new database; everything opened over it is closed after the test. */
export function freshStores(backend: StoreBackend): FreshStores {
  let database: TestDatabase | undefined;
  let opened: Stores[] = [];
  beforeEach(async () => {
    database = await backend.createDatabase();
    opened = [await database.open()];
  });
  afterEach(async () => {
    for (const stores of opened) await stores.close();
    database?.remove();
  });
  return {
    get stores() {
      const [first] = opened;
      if (!first) throw new Error('no stores outside a test');
      return first;
    },
    async another() {
      if (!database) throw new Error('no database outside a test');
      const stores = await database.open();
      opened.push(stores);
      return stores;
    },
  };
}

/** Every kind of database, for the contract suites. */
export function storeBackends(postgres: { createDatabase(): Promise<string> }): StoreBackend[] {
  return [sqliteBackend, postgresBackend(postgres)];
}
