import type { Account } from '@minutes/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccessStore } from '../access/AccessStore.js';
import { SqliteAccessStore } from '../access/SqliteAccessStore.js';
import { openMemoryDatabase, type SqliteDatabase } from '../storage/openDatabase.js';
import { CalendarFeeds } from './CalendarFeeds.js';
import { SqliteFeedTokenStore } from './SqliteFeedTokenStore.js';

let db: SqliteDatabase;
let accounts: AccessStore;
let feeds: CalendarFeeds;
let lina: Account;
let osman: Account;

beforeEach(async () => {
  db = openMemoryDatabase();
  accounts = new SqliteAccessStore(db);
  feeds = new CalendarFeeds(new SqliteFeedTokenStore(db), accounts);
  lina = await accounts.createAccount({ name: 'Lina', email: 'lina@example.org', passwordHash: 'x' });
  osman = await accounts.createAccount({ name: 'Osman', email: 'osman@example.org', passwordHash: 'x' });
});

afterEach(() => db.close());

describe('CalendarFeeds', () => {
  it('gives each account its own unguessable token, the same each time, and stores only its hash', async () => {
    const token = await feeds.tokenFor(lina.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await feeds.tokenFor(lina.id)).toBe(token);
    expect(await feeds.tokenFor(osman.id)).not.toBe(token);
    expect((await feeds.accountOf(token))?.id).toBe(lina.id);
    const stored = JSON.stringify(db.prepare('SELECT * FROM feed_tokens').all());
    expect(stored).not.toContain(token);
  });

  it('revokes the old token when a new one is made', async () => {
    const old = await feeds.tokenFor(lina.id);
    const renewed = await feeds.renew(lina.id);
    expect(renewed).not.toBe(old);
    expect(await feeds.accountOf(old)).toBeUndefined();
    expect((await feeds.accountOf(renewed))?.id).toBe(lina.id);
    expect(await feeds.tokenFor(lina.id)).toBe(renewed);
  });

  it('knows no forged or malformed token', async () => {
    await feeds.tokenFor(lina.id);
    for (const forged of ['A'.repeat(43), '', '../etc', 'x'.repeat(44), undefined]) {
      expect(await feeds.accountOf(forged)).toBeUndefined();
    }
  });

  it('derives tokens from a random key of each database', () => {
    const other = openMemoryDatabase();
    const key = new SqliteFeedTokenStore(db).key();
    expect(key).toHaveLength(32);
    expect(new SqliteFeedTokenStore(other).key().equals(key)).toBe(false);
    other.close();
  });
});
