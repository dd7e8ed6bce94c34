import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPostgres, openStores } from '@minutes/server';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { usePostgres } from '../support/postgres.js';

const postgres = usePostgres();

describe('openPostgres', () => {
  it('migrates a new database once when several servers start at once', async () => {
    const url = await postgres.createDatabase();
    const pools = await Promise.all(Array.from({ length: 4 }, () => openPostgres(url)));
    try {
      const [pool] = pools as [pg.Pool];
      const { rows } = await pool.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.length).toBeGreaterThanOrEqual(4);
      expect(rows.map((row) => row.version)).toEqual(rows.map((_, i) => i + 1));
      const keys = await pool.query<{ count: number }>('SELECT count(*) AS count FROM server_keys');
      expect(keys.rows[0]?.count).toBe(1);
    } finally {
      for (const pool of pools) await pool.end();
    }
  });

  it('refuses a database that a newer server has migrated', async () => {
    const url = await postgres.createDatabase();
    const pool = await openPostgres(url);
    await pool.query("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 'later')");
    await pool.end();
    await expect(openPostgres(url)).rejects.toThrow(/newer than this server/);
  });
});

describe('openStores', () => {
  it('keeps everything in PostgreSQL when given a database URL, and in SQLite in the data directory otherwise', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-stores-'));
    try {
      const url = await postgres.createDatabase();
      const inPostgres = await openStores({ dataDir, databaseUrl: url });
      const meeting = await inPostgres.meetings.create({ title: 'I PostgreSQL', date: '2026-02-24' });
      expect(inPostgres.location).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/minutes_tests/);
      await inPostgres.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query('SELECT title FROM meetings WHERE id = $1', [meeting.id]);
      await client.end();
      expect(rows).toEqual([{ title: 'I PostgreSQL' }]);
      expect(fs.readdirSync(dataDir)).toEqual([]);

      const inSqlite = await openStores({ dataDir, databaseUrl: undefined });
      expect(await inSqlite.meetings.get(meeting.id)).toBeUndefined();
      expect(inSqlite.location).toBe(path.join(dataDir, 'minutes.sqlite'));
      await inSqlite.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
