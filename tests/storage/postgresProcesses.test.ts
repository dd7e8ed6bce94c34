import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Meeting } from '@minutes/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { signIn, signUp } from '../support/people.js';
import { usePostgres } from '../support/postgres.js';
import { type ServerProcess, spawnServer } from '../support/spawnServer.js';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../../server/dist/cli.js');

const postgres = usePostgres();
let dataDir: string;
let servers: ServerProcess[] = [];

afterEach(async () => {
  for (const server of servers) {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
    await server.exited;
  }
  servers = [];
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('server processes with DATABASE_URL', () => {
  it('start at once on a new database, share its data with each other and the CLI, and stop cleanly', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-postgres-'));
    const env = { DATABASE_URL: await postgres.createDatabase() };
    servers = await Promise.all([spawnServer(dataDir, env), spawnServer(dataDir, env)]);
    const [first, second] = servers as [ServerProcess, ServerProcess];

    const lina = await signUp(first.url, 'Lina Ek');
    expect(lina.admin).toBe(true);
    const again = await signIn(second.url, lina.email);
    const { stdout } = await run(
      process.execPath,
      [CLI, 'meeting', 'create', '--title', 'Styrgrupp', '--date', '2026-05-01'],
      { env: { ...process.env, DATA_DIR: dataDir, ...env } },
    );
    const id = stdout.trim();
    const listed = await again.fetch('/api/meetings');
    const { meetings } = (await listed.json()) as { meetings: Meeting[] };
    expect(meetings.map((meeting) => meeting.id)).toEqual([id]);

    // Nothing went to SQLite.
    expect(fs.readdirSync(dataDir)).toEqual([]);
    for (const server of servers) server.child.kill('SIGTERM');
    expect(await Promise.all(servers.map((server) => server.exited))).toEqual([0, 0]);
  });
});
