// Starting, stopping and measuring the two server processes. Every process started here is
// remembered until it has exited, so that `killAll` can end them whatever went wrong.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BENCH_DIR = import.meta.dirname;
const REPO_DIR = path.resolve(BENCH_DIR, '..');
const MINUTES_NODE_FLAGS = JSON.parse(
  fs.readFileSync(path.join(REPO_DIR, 'server/node-options.json'), 'utf8'),
).flags;
const READY_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 15_000;

/** The two servers under test. `createDocument` returns the name clients open. */
export const SERVER_KINDS = {
  minutes: {
    label: 'Minutes',
    script: path.join(REPO_DIR, 'server/dist/minutes-server.mjs'),
    protocol: 'y-websocket',
    minutes: true,
    env: { LOG_LEVEL: 'info' },
    async createDocument(server) {
      if (!sessions.has(server.dataDir)) sessions.set(server.dataDir, await signUp(server));
      const session = sessions.get(server.dataDir);
      const response = await fetch(`${server.httpUrl}/api/meetings`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
        },
        body: JSON.stringify({ title: 'Bench', date: '2026-01-01' }),
        signal: AbortSignal.timeout(5_000),
      });
      if (!response.ok)
        throw new Error(`creating a meeting failed: HTTP ${response.status} ${await response.text()}`);
      const { id } = await response.json();
      return id;
    },
  },
  hocuspocus: {
    label: 'Hocuspocus',
    script: path.join(BENCH_DIR, 'hocuspocus-server.mjs'),
    protocol: 'hocuspocus',
    env: {},
    async createDocument() {
      return `bench-${Math.random().toString(36).slice(2, 10)}`;
    },
  },
};

/**
 * BENCH_BASELINE=DIR: an earlier build of Minutes takes the peer's place, to measure a change
 * against the code before it in the same run. DIR holds that build's `minutes-server.mjs` and
 * `bundle/`, and lies under server/dist so that it finds the server's dependencies.
 */
const baselineDir = process.env.BENCH_BASELINE;
if (baselineDir) {
  const script = path.resolve(baselineDir, 'minutes-server.mjs');
  if (!fs.existsSync(script)) throw new Error(`BENCH_BASELINE: no ${script}`);
  SERVER_KINDS.hocuspocus = { ...SERVER_KINDS.minutes, label: 'Baseline', script };
}

/**
 * BENCH_PEER=relay: the relay (relay-server.mjs), which keeps and stores nothing, takes the
 * peer's place, to show the floor that the kernel and the clients set in typing, stress and many
 * meetings.
 */
const peer = process.env.BENCH_PEER;
if (peer !== undefined && peer !== 'relay') throw new Error(`BENCH_PEER: unknown peer ${peer} (relay)`);
if (peer === 'relay') {
  if (baselineDir) throw new Error('BENCH_PEER and BENCH_BASELINE both name the peer: use one');
  SERVER_KINDS.hocuspocus = {
    label: 'Relay',
    script: path.join(BENCH_DIR, 'relay-server.mjs'),
    protocol: 'y-websocket',
    env: {},
    async createDocument() {
      return `bench-${Math.random().toString(36).slice(2, 10)}`;
    },
  };
}

/** Whether `kind` is a Minutes server (the baseline of BENCH_BASELINE is one too). */
export function isMinutes(kind) {
  return SERVER_KINDS[kind].minutes === true;
}

/**
 * Clients of Minutes are signed in, as in a browser: one account per data directory (the
 * secretary of every bench meeting) whose session cookie every client sends with its upgrade.
 * The session is stored, so it outlives restarts of the server on the same directory.
 */
const sessions = new Map();

/** The headers a client of `server` sends with its upgrade. */
export function upgradeHeaders(server) {
  const session = sessions.get(server.dataDir);
  return session ? { cookie: session.cookie } : {};
}

async function signUp(server) {
  const response = await fetch(`${server.httpUrl}/api/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Bench',
      email: `bench-${Date.now()}@example.org`,
      password: 'bench password 1',
    }),
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`signing up failed: HTTP ${response.status} ${await response.text()}`);
  const { csrfToken } = await response.json();
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('minutes_session='));
  return { cookie: cookie.split(';')[0], csrfToken };
}

const live = new Set();

const dataDirs = new Set();

export function makeDataDir(kind) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `minutes-bench-${kind}-`));
  dataDirs.add(dir);
  return dir;
}

export function removeDataDir(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  dataDirs.delete(dir);
}

/**
 * Starts a server process of `kind` on `dataDir` (PORT=0: a free port) and resolves once it logged
 * that it is listening. `env` adds to or overrides its environment.
 */
export async function startServer(kind, dataDir, env = {}) {
  const spec = SERVER_KINDS[kind];
  const child = spawn(process.execPath, [...nodeArgs(kind), spec.script], {
    cwd: REPO_DIR,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...spec.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  live.add(child);
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    });
  });
  const log = [];
  const url = await waitForListening(child, log, exited);
  const port = Number(new URL(url).port);
  return {
    kind,
    label: spec.label,
    protocol: spec.protocol,
    pid: child.pid,
    dataDir,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    log,
    exited,
    createDocument() {
      return spec.createDocument(this);
    },
    /** SIGTERM, i.e. a graceful stop that writes what is pending; SIGKILL if it hangs. */
    stop: () => endProcess(child, exited, 'SIGTERM'),
    /** SIGKILL: the process dies at once, as in a crash. */
    kill: () => endProcess(child, exited, 'SIGKILL'),
  };
}

/** Where the profiles of the scenario running now go, under BENCH_CPU_PROF (see `profileAs`). */
let profileLabel = 'bench';

/** Names the subdirectory of BENCH_CPU_PROF that the next servers write their profiles to. */
export function profileAs(label) {
  profileLabel = label;
}

/**
 * Extra node options for a server process. BENCH_SERVER_NODE_ARGS applies to both servers as
 * given; BENCH_CPU_PROF=DIR runs Minutes alone with --cpu-prof, one file per process (written when
 * it exits, so not after a SIGKILL) in DIR/<scenario>/.
 */
function nodeArgs(kind) {
  const args = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // Minutes runs as `npm start` runs it.
  if (isMinutes(kind)) args.unshift(...MINUTES_NODE_FLAGS);
  const profileDir = process.env.BENCH_CPU_PROF;
  if (profileDir && kind === 'minutes') {
    args.push('--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir, profileLabel)}`);
  }
  return args;
}

function waitForListening(child, log, exited) {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${READY_TIMEOUT_MS} ms:\n${log.join('\n')}`));
    }, READY_TIMEOUT_MS);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      buffered += chunk;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
        log.push(line);
        if (log.length > 200) log.shift();
        const listening = parseListening(line);
        if (listening) {
          clearTimeout(timer);
          resolve(listening);
        }
      }
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(
        new Error(`server exited before listening (code ${code}, signal ${signal}):\n${log.join('\n')}`),
      );
    });
  });
}

function parseListening(line) {
  try {
    const entry = JSON.parse(line);
    return entry.message === 'listening' && typeof entry.url === 'string' ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

async function endProcess(child, exited, signal) {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(undefined), STOP_TIMEOUT_MS);
  });
  const result = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (result) return result;
  child.kill('SIGKILL');
  return { ...(await exited), timedOut: true };
}

/**
 * Ends every server process still running and removes the data directories left behind; safe to
 * call more than once and from 'exit'.
 */
export function killAll() {
  for (const child of live) child.kill('SIGKILL');
  for (const dir of dataDirs) removeDataDir(dir);
}

let clockTicks;
function clkTck() {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User + system CPU time the process has used so far, in seconds (from /proc/<pid>/stat). */
export function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / clkTck();
}

/** Peak resident set size of the process so far (VmHWM), in MB. */
export function peakMemoryMb(pid) {
  return memoryFieldMb(pid, 'VmHWM');
}

/**
 * Resets the process's VmHWM to its current resident size (Linux `clear_refs` 5), so that a later
 * `peakMemoryMb` is the peak since now. Returns whether the kernel allowed it.
 */
export function resetPeakMemory(pid) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Current resident set size of the process (VmRSS), in MB. */
export function residentMemoryMb(pid) {
  return memoryFieldMb(pid, 'VmRSS');
}

function memoryFieldMb(pid, field) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(status);
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}

/** Total size of the files in a directory, in bytes. */
export function directoryBytes(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(dir, entry.name)).size;
  }
  return total;
}
