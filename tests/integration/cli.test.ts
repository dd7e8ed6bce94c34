import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer } from '../support/spawnServer.js';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../../server/dist/cli.js');
let dataDir: string;

afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function minutes(...args: string[]) {
  return run(process.execPath, [CLI, ...args], { env: { ...process.env, DATA_DIR: dataDir } });
}

/** GET on the API as a script with a token from `minutes token`. */
async function getWithToken(url: string, id: string, route: string, role = 'participant') {
  const token = (await minutes('token', '--meeting', id, '--role', role)).stdout.trim();
  return fetch(`${url}/api/meetings/${id}${route}`, { headers: { authorization: `Bearer ${token}` } });
}

describe('the operator CLI', () => {
  it('creates meetings that the running server serves, and lists them', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-'));
    const server = await spawnServer(dataDir);
    try {
      const { stdout } = await minutes(
        'meeting',
        'create',
        '--title',
        'Skolchefsnätverket',
        '--date',
        '2026-04-10',
      );
      const id = stdout.trim();
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      const response = await getWithToken(server.url, id, '');
      expect(await response.json()).toMatchObject({ id, title: 'Skolchefsnätverket', date: '2026-04-10' });

      const list = await minutes('meeting', 'list');
      expect(list.stdout).toBe(`${id}\t2026-04-10\tSkolchefsnätverket\n`);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('adds accounts, gives roles and prints tokens that the server accepts', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-'));
    const first = await run(
      process.execPath,
      [CLI, 'user', 'add', '--name', 'Admin', '--email', 'admin@example.org'],
      {
        env: { ...process.env, DATA_DIR: dataDir },
      },
    );
    expect(first.stdout).toMatch(/^[\w-]+\tadmin\tpassword: \S+\n$/);
    await run(process.execPath, [CLI, 'user', 'add', '--name', 'Lina', '--email', 'Lina@Example.org'], {
      env: { ...process.env, DATA_DIR: dataDir, MINUTES_PASSWORD: 'a long enough password' },
    });
    const id = (
      await minutes('meeting', 'create', '--title', 'Styrgrupp', '--date', '2026-05-01')
    ).stdout.trim();
    await minutes('role', 'set', '--meeting', id, '--email', 'lina@example.org', '--role', 'verifier');
    const server = await spawnServer(dataDir);
    try {
      const signIn = await fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'lina@example.org', password: 'a long enough password' }),
      });
      expect(signIn.status).toBe(200);
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const state = await fetch(`${server.url}/api/meetings/${id}/state`, { headers: { cookie } });
      expect(((await state.json()) as { role: string }).role).toBe('verifier');

      expect((await getWithToken(server.url, id, '/minutes', 'secretary')).status).toBe(200);
      expect((await getWithToken(server.url, id, '/minutes', 'reader')).status).toBe(403);
      const forged = await fetch(`${server.url}/api/meetings/${id}`, {
        headers: { authorization: `Bearer ${'x'.repeat(43)}` },
      });
      expect(forged.status).toBe(401);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    const badRole = await minutes('token', '--meeting', id, '--role', 'king').catch((error) => error);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/role must be one of/);
    const badMeeting = await minutes('token', '--meeting', 'nope', '--role', 'reader').catch(
      (error) => error,
    );
    expect(badMeeting.code).toBe(2);
    expect(badMeeting.stderr).toMatch(/no meeting/);
  });

  it('refuses bad arguments with a clear message and creates nothing', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-'));
    const failure = await minutes('meeting', 'create', '--title', 'Möte', '--date', '2026-13-01').catch(
      (error) => error,
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/YYYY-MM-DD/);
    const unknown = await minutes('meeting', 'delete').catch((error) => error);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command/);
    expect((await minutes('meeting', 'list')).stdout).toBe('');
  });

  it('extracts decisions and tasks from a minutes file as JSON, and refuses a bad file clearly', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-'));
    const fixture = path.resolve(
      import.meta.dirname,
      '../fixtures/minutes/2024-04-09-riverside-trust-board.txt',
    );
    const expected = JSON.parse(fs.readFileSync(fixture.replace(/\.txt$/, '.gold.json'), 'utf8')) as {
      decisions: unknown[];
      actions: unknown[];
    };
    const { stdout } = await minutes('extract', fixture);
    const extracted = JSON.parse(stdout) as {
      decisions: Array<{ text: string }>;
      actions: Array<{ assignees: string[] }>;
    };
    expect(extracted.decisions).toHaveLength(expected.decisions.length);
    expect(extracted.actions).toHaveLength(expected.actions.length);

    const binary = path.join(dataDir, 'minutes.txt');
    fs.writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
    const failure = await minutes('extract', binary).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/binary/);
    expect(failure.stdout).toBe('');
  });

  it('imports a minutes file as a new meeting that the server serves', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-'));
    const fixture = path.resolve(import.meta.dirname, '../fixtures/minutes/2025-03-06-rektorsnatverket.txt');
    const { stdout } = await minutes('import', fixture);
    const id = stdout.trim();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const extracted = JSON.parse((await minutes('extract', fixture)).stdout) as {
      decisions: unknown[];
      actions: unknown[];
    };
    const server = await spawnServer(dataDir);
    try {
      const response = await getWithToken(server.url, id, '/minutes');
      const body = (await response.json()) as { minutes: { decisions: unknown[]; actions: unknown[] } };
      expect(body.minutes.decisions).toHaveLength(extracted.decisions.length);
      expect(body.minutes.actions).toHaveLength(extracted.actions.length);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    const failure = await minutes('import', path.join(dataDir, 'missing.txt')).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/no such file/);
    expect((await minutes('meeting', 'list')).stdout.trim().split('\n')).toHaveLength(1);
  });
});
