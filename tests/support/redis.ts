import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { exited, freePort, isRunning, portAnswers } from './processes.js';

const NOT_INSTALLED =
  "Redis is not installed: the scale-out tests start one from Debian's redis-server package " +
  '(`npm test` installs it; or apt-get install redis-server).';

/** A Redis server of the tests' own, on 127.0.0.1, keeping nothing on disk. */
export interface TestRedis {
  readonly url: string;
  /** Stops the server, as when Redis goes away; everything it held is gone. */
  halt(): Promise<void>;
  /** Starts it again on the same port. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-redis-'));
  const port = await freePort();
  let server: ChildProcess | undefined;
  const kill = () => {
    if (server && isRunning(server)) server.kill('SIGKILL');
  };
  const start = async () => {
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ];
    server = spawn('redis-server', args, { stdio: 'ignore' });
    const failed = new Promise<never>((_, reject) => {
      server?.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'ENOENT' ? new Error(NOT_INSTALLED) : error),
      );
      server?.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
    await Promise.race([portAnswers(port), failed]);
  };
  const halt = async () => {
    if (!server || !isRunning(server)) return;
    server.kill('SIGKILL');
    await exited(server);
  };
  process.once('exit', kill);
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    halt,
    resume: start,
    async stop() {
      await halt();
      process.off('exit', kill);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** For a test file: Redis starts before its tests and stops after them. */
export function useRedis(): { current(): TestRedis } {
  let redis: TestRedis | undefined;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  return {
    current() {
      if (!redis) throw new Error('Redis has not started');
      return redis;
    },
  };
}
