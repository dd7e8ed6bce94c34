import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('uses PostgreSQL only when DATABASE_URL names one', () => {
    expect(readConfig({}).databaseUrl).toBeUndefined();
    expect(readConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    const url = 'postgres://minutes:secret@db.internal:5432/minutes';
    expect(readConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(readConfig({ DATABASE_URL: 'postgresql://db/minutes' }).databaseUrl).toBe(
      'postgresql://db/minutes',
    );
    expect(() => readConfig({ DATABASE_URL: 'mysql://db/minutes' })).toThrow(RangeError);
  });

  it('shares meetings through Redis only when REDIS_URL names one, and reads the proxy settings', () => {
    expect(readConfig({}).redisUrl).toBeUndefined();
    expect(readConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(() => readConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(RangeError);
    expect(readConfig({}).resyncEveryMs).toBe(15_000);
    expect(readConfig({ RESYNC_EVERY_MS: '500' }).resyncEveryMs).toBe(500);
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
  });
});
