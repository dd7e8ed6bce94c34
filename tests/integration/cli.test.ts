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
      const response = await fetch(`${server.url}/api/meetings/${id}`);
      expect(await response.json()).toMatchObject({ id, title: 'Skolchefsnätverket', date: '2026-04-10' });

      const list = await minutes('meeting', 'list');
      expect(list.stdout).toBe(`${id}\t2026-04-10\tSkolchefsnätverket\n`);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
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
      const response = await fetch(`${server.url}/api/meetings/${id}/minutes`);
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
