import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { exited, freePort, isRunning } from './processes.js';

/** A PostgreSQL server of the tests' own, in a temporary folder, on 127.0.0.1. */
export interface TestPostgres {
  port: number;
  /**
   * A new, empty database and its URL: a schema of its own, which the URL puts on the search
   * path, in one database of the server (a schema takes a millisecond, a database 300).
   */
  createDatabase(): Promise<string>;
  /** Stops the server and keeps its data, as when the database goes away for a while. */
  halt(): Promise<void>;
  /** Starts the halted server again on the same port and data. */
  resume(): Promise<void>;
  /** Stops the server by its pid and removes its folder. */
  stop(): Promise<void>;
}

const DEBIAN_PROGRAMS = '/usr/lib/postgresql';
const NOT_INSTALLED =
  "PostgreSQL is not installed: the storage tests start one from Debian's postgresql package " +
  '(`npm test` installs it; or apt-get install postgresql).';

/** The newest PostgreSQL that Debian's packages installed: the folder of initdb and postgres. */
function programs(): string {
  const versions = fs.existsSync(DEBIAN_PROGRAMS)
    ? fs
        .readdirSync(DEBIAN_PROGRAMS)
        .filter((version) => fs.existsSync(path.join(DEBIAN_PROGRAMS, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0] === undefined) throw new Error(NOT_INSTALLED);
  return path.join(DEBIAN_PROGRAMS, versions[0], 'bin');
}

interface Owner {
  uid: number;
  gid: number;
}

/** initdb refuses to run as root: then the server runs as the `postgres` user the package made. */
function owner(): Owner | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function runAs(program: string, args: string[], as: Owner | undefined, log: number): Promise<void> {
  const child = spawn(program, args, { ...as, stdio: ['ignore', log, log] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(program)} exited with ${code}`)),
    );
  });
}

/**
 * Starts PostgreSQL in a new temporary folder, on a free port of 127.0.0.1 (and a Unix socket in
 * that folder), and resolves once it accepts connections. fsync is off: the tests need committed
 * data to outlive a process, not a power cut.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = programs();
  const as = owner();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-postgres-'));
  const logFile = path.join(dir, 'postgres.log');
  const log = fs.openSync(logFile, 'a');
  const tail = () => fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
  let server: ChildProcess | undefined;
  // SIGQUIT is PostgreSQL's immediate shutdown, for when the tests cannot wait.
  const kill = () => {
    if (server?.pid !== undefined && isRunning(server)) process.kill(server.pid, 'SIGQUIT');
  };
  try {
    if (as) fs.chownSync(dir, as.uid, as.gid);
    const data = path.join(dir, 'data');
    const initdb = [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--no-locale',
      '--no-sync',
    ];
    await runAs(path.join(bin, 'initdb'), initdb, as, log);
    // A port found free may be taken before the server binds it: then try another.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const settings = ['-h', '127.0.0.1', '-p', String(port), '-k', dir, '-c', 'fsync=off'];
      server = spawn(path.join(bin, 'postgres'), ['-D', data, ...settings], {
        ...as,
        stdio: ['ignore', log, log],
      });
      const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
      const ready = await connectWhenReady(url('postgres'), server);
      if (!ready) {
        if (attempt < 3) continue;
        throw new Error('PostgreSQL did not start');
      }
      // A test run that dies before `stop` still takes its server with it.
      process.once('exit', kill);
      await ready.query('CREATE DATABASE minutes_tests');
      await ready.end();
      const connectAdmin = async () => {
        const client = new pg.Client({ connectionString: url('minutes_tests') });
        // Its connection breaks when the server is halted.
        client.on('error', () => undefined);
        await client.connect();
        return client;
      };
      let admin = await connectAdmin();
      let schemas = 0;
      /** SIGINT is PostgreSQL's fast shutdown: connections are closed, the server exits at once. */
      const shutDown = async () => {
        const running = server as ChildProcess;
        if (running.pid !== undefined && isRunning(running)) process.kill(running.pid, 'SIGINT');
        await exited(running);
      };
      return {
        port,
        async createDatabase() {
          schemas += 1;
          const schema = `test_${schemas}`;
          await admin.query(`CREATE SCHEMA ${pg.escapeIdentifier(schema)}`);
          return `${url('minutes_tests')}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
        },
        async halt() {
          await admin.end().catch(() => undefined);
          await shutDown();
        },
        async resume() {
          server = spawn(path.join(bin, 'postgres'), ['-D', data, ...settings], {
            ...as,
            stdio: ['ignore', log, log],
          });
          const back = await connectWhenReady(url('postgres'), server);
          if (!back) throw new Error(`PostgreSQL did not start again on port ${port}`);
          await back.end();
          admin = await connectAdmin();
        },
        async stop() {
          await admin.end().catch(() => undefined);
          await shutDown();
          process.off('exit', kill);
          fs.closeSync(log);
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    }
  } catch (error) {
    kill();
    if (server) await exited(server);
    const reason = error instanceof Error ? error.message : String(error);
    const message = `${reason}\n${tail()}`;
    fs.closeSync(log);
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(message);
  }
}

/** A connection once the server accepts them; undefined when it exited first (its port was taken). */
async function connectWhenReady(url: string, server: ChildProcess): Promise<pg.Client | undefined> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (!isRunning(server)) return undefined;
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let current: TestPostgres | undefined;

/**
 * For a test file: PostgreSQL is started before its tests and stopped after them. Each test
 * takes a new database from it (`createDatabase`, or `startServer({ storage: 'postgres' })`).
 */
export function usePostgres(): Pick<TestPostgres, 'createDatabase' | 'halt' | 'resume'> {
  beforeAll(async () => {
    current = await startPostgres();
  });
  afterAll(async () => {
    await current?.stop();
    current = undefined;
  });
  const started = () => {
    if (!current) throw new Error('PostgreSQL has not started');
    return current;
  };
  return {
    createDatabase: createTestDatabase,
    halt: () => started().halt(),
    resume: () => started().resume(),
  };
}

/** A new database of the test file's PostgreSQL (see `usePostgres`). */
export function createTestDatabase(): Promise<string> {
  if (!current) throw new Error('no PostgreSQL: call usePostgres() at the top of the test file');
  return current.createDatabase();
}
