import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, openPostgresStores, SqliteDocumentStore } from '@minutes/server';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient } from '../support/connectClient.js';
import { startNginx, type TestNginx } from '../support/nginx.js';
import { type Person, signUp } from '../support/people.js';
import { usePostgres } from '../support/postgres.js';
import { fuzzSeed, seededRandom } from '../support/random.js';
import { useRedis } from '../support/redis.js';
import { type ServerProcess, spawnServer } from '../support/spawnServer.js';
import { waitFor } from '../support/waitFor.js';

/**
 * A bounded soak: 100 clients over 20 meetings type, drop their connection and come back at
 * random for SOAK_SECONDS (default 120) against the built server in its own process. Run it with
 * `pnpm soak`; it is not part of `npm test`. With SOAK_PROCESSES=2 the same runs against two
 * processes on PostgreSQL and Redis, with the clients coming in through nginx, so that a client
 * that reconnects may land on the other process.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const PROCESSES = Number(process.env.SOAK_PROCESSES ?? 1);
const MEETINGS = 20;
const CLIENTS = 100;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-soak-'));
const postgres = PROCESSES > 1 ? usePostgres() : undefined;
const redis = PROCESSES > 1 ? useRedis() : undefined;
let servers: ServerProcess[] = [];
let nginx: TestNginx | undefined;
const clients: Array<TestClient & { meetingId: string }> = [];

afterAll(async () => {
  for (const client of clients) client.destroy();
  await nginx?.stop();
  for (const server of servers) {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await server.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The servers, and where clients connect: the one server, or nginx in front of them all. */
async function startServers(): Promise<{ databaseUrl?: string; wsUrl: string }> {
  // Documents nobody has open leave memory after 2 s, so that the end can look for leaks.
  const env = { MAX_CONNECTIONS_PER_ADDRESS: '1000', UNLOAD_AFTER_MS: '2000' };
  const probe = ['--expose-gc', '--import', HEAP_PROBE];
  if (!postgres || !redis) {
    servers = [await spawnServer(dataDir, env, probe)];
    return { wsUrl: (servers[0] as ServerProcess).wsUrl };
  }
  const databaseUrl = await postgres.createDatabase();
  const shared = { ...env, DATABASE_URL: databaseUrl, REDIS_URL: redis.current().url, TRUST_PROXY: '1' };
  servers = await Promise.all(Array.from({ length: PROCESSES }, () => spawnServer(dataDir, shared, probe)));
  nginx = await startNginx(servers.map((server) => server.port));
  return { databaseUrl, wsUrl: nginx.wsUrl };
}

const HEAP_PROBE = path.resolve(import.meta.dirname, 'heapProbe.mjs');

/** The heap each server process uses after collecting garbage, in MB (see heapProbe.mjs). */
async function heapInUse(): Promise<number[]> {
  return Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve) => {
          server.onLog((entry) => {
            if (entry.message === 'heap probe') resolve(Number(entry.heapUsed) / 1024 / 1024);
          });
          server.child.kill('SIGUSR2');
        }),
    ),
  );
}

/** Each meeting's notes as the database holds them, once every server has stopped. */
async function storedNotes(meetingId: string, databaseUrl: string | undefined): Promise<string> {
  const store = databaseUrl ? await openPostgresStores(databaseUrl) : undefined;
  const documents = store?.documents ?? new SqliteDocumentStore(openDatabase(dataDir));
  try {
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.mergeUpdates((await documents.load(meetingId)).updates));
    return stored.getText('notes').toString();
  } finally {
    await (store ?? documents).close();
  }
}

function rssMegabytes(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

async function createMeetings(secretary: Person): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < MEETINGS; n++) {
    const response = await secretary.fetch('/api/meetings', {
      method: 'POST',
      json: { title: `Soak ${n}`, date: '2026-11-22' },
    });
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

describe('soak', () => {
  it(`${CLIENTS} clients over ${MEETINGS} meetings on ${PROCESSES} process(es), with random disconnects, for ${SECONDS} s`, async () => {
    const { databaseUrl, wsUrl } = await startServers();
    const secretary = await signUp((servers[0] as ServerProcess).url, 'Sekreterare');
    const meetings = await createMeetings(secretary);
    const idleHeap = await heapInUse();
    const random = seededRandom(fuzzSeed());
    for (let n = 0; n < CLIENTS; n++) {
      const meetingId = meetings[n % MEETINGS] as string;
      const client = connectClient(wsUrl, meetingId, {}, { cookie: secretary.cookie });
      clients.push({ ...client, meetingId });
    }
    await waitFor(() => clients.every((client) => client.provider.synced), { timeoutMs: 60_000 });

    const samples: number[][] = servers.map(() => []);
    const end = Date.now() + SECONDS * 1000;
    let edits = 0;
    while (Date.now() < end) {
      for (const client of clients) {
        const roll = random();
        if (roll < 0.02 && client.provider.shouldConnect) client.provider.disconnect();
        else if (roll < 0.1 && !client.provider.shouldConnect) client.provider.connect();
        else if (roll < 0.4) {
          // Typing that also deletes, as in real minutes: the text stays about the same length.
          const notes = client.doc.getText('notes');
          client.doc.transact(() => {
            notes.insert(Math.floor(random() * (notes.length + 1)), `${edits++} `);
            if (notes.length > 400) notes.delete(Math.floor(random() * 300), 20);
          });
        }
      }
      if (Date.now() - end + SECONDS * 1000 >= (samples[0] as number[]).length * 5000) {
        for (const [n, server] of servers.entries())
          samples[n]?.push(rssMegabytes(server.child.pid as number));
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // Everyone comes back; every meeting's clients converge.
    for (const client of clients) client.provider.connect();
    await waitFor(() => clients.every((client) => client.provider.synced), { timeoutMs: 60_000 });
    const held = new Map<string, string>();
    for (const meetingId of meetings) {
      const mine = clients.filter((client) => client.meetingId === meetingId);
      const notes = () => new Set(mine.map((client) => client.doc.getText('notes').toString()));
      await waitFor(() => notes().size === 1, { timeoutMs: 60_000 });
      held.set(meetingId, [...notes()][0] as string);
    }
    console.log(`soak: ${edits} edits on ${PROCESSES} process(es)`);
    for (const [n, rss] of samples.entries()) {
      console.log(`soak: process ${n + 1}, RSS MB per 5 s: ${rss.map((mb) => mb.toFixed(0)).join(' ')}`);
    }

    // Nothing leaks: a document's history (every insert, deleted or not, stays in the CRDT) grows
    // with the typing, so memory may grow while the meetings are open; once everyone has left and
    // the documents are unloaded, the heap is back where it was before anyone came.
    for (const client of clients) client.destroy();
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const after = await heapInUse();
    for (const [n, mb] of after.entries()) {
      console.log(
        `soak: process ${n + 1}, heap MB before the clients ${idleHeap[n]?.toFixed(1)}, after ${mb.toFixed(1)}`,
      );
      expect(mb).toBeLessThan((idleHeap[n] as number) + 10);
    }

    // What is stored equals what the clients held.
    for (const server of servers) server.child.kill('SIGTERM');
    expect(await Promise.all(servers.map((server) => server.exited))).toEqual(servers.map(() => 0));
    for (const meetingId of meetings) {
      expect(await storedNotes(meetingId, databaseUrl)).toBe(held.get(meetingId));
    }
  });
});
