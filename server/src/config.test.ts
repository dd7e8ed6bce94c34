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
});
