import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, SqliteDocumentStore } from '@minutes/server';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient } from '../support/connectClient.js';
import { type Person, signUp } from '../support/people.js';
import { fuzzSeed, seededRandom } from '../support/random.js';
import { type ServerProcess, spawnServer } from '../support/spawnServer.js';
import { waitFor } from '../support/waitFor.js';

/**
 * A bounded soak: 100 clients over 20 meetings type, drop their connection and come back at
 * random for SOAK_SECONDS (default 120) against the built server in its own process. Run it with
 * `pnpm soak`; it is not part of `npm test`.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const MEETINGS = 20;
const CLIENTS = 100;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-soak-'));
let server: ServerProcess | undefined;
const clients: Array<TestClient & { meetingId: string }> = [];

afterAll(async () => {
  for (const client of clients) client.destroy();
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

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
  it(`${CLIENTS} clients over ${MEETINGS} meetings, with random disconnects, for ${SECONDS} s`, async () => {
    server = await spawnServer(dataDir, { MAX_CONNECTIONS_PER_ADDRESS: '1000' });
    const secretary = await signUp(server.url, 'Sekreterare');
    const meetings = await createMeetings(secretary);
    const random = seededRandom(fuzzSeed());
    for (let n = 0; n < CLIENTS; n++) {
      const meetingId = meetings[n % MEETINGS] as string;
      const client = connectClient(server.wsUrl, meetingId, {}, { cookie: secretary.cookie });
      clients.push({ ...client, meetingId });
    }
    await waitFor(() => clients.every((client) => client.provider.synced), { timeoutMs: 60_000 });

    const samples: number[] = [];
    const end = Date.now() + SECONDS * 1000;
    let edits = 0;
    while (Date.now() < end) {
      for (const client of clients) {
        const roll = random();
        if (roll < 0.02 && client.provider.shouldConnect) client.provider.disconnect();
        else if (roll < 0.1 && !client.provider.shouldConnect) client.provider.connect();
        else if (roll < 0.4) {
          // Typing that also deletes, as in real minutes: the document stays about the same size,
          // so memory has no reason to grow.
          const notes = client.doc.getText('notes');
          client.doc.transact(() => {
            notes.insert(Math.floor(random() * (notes.length + 1)), `${edits++} `);
            if (notes.length > 400) notes.delete(Math.floor(random() * 300), 20);
          });
        }
      }
      if (samples.length === 0 || Date.now() - end + SECONDS * 1000 > samples.length * 5000) {
        samples.push(rssMegabytes(server.child.pid as number));
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // Everyone comes back; every meeting's clients converge.
    for (const client of clients) client.provider.connect();
    await waitFor(() => clients.every((client) => client.provider.synced), { timeoutMs: 60_000 });
    for (const meetingId of meetings) {
      const mine = clients.filter((client) => client.meetingId === meetingId);
      await waitFor(() => new Set(mine.map((client) => client.doc.getArray('edits').length)).size === 1, {
        timeoutMs: 60_000,
      });
    }

    // Memory stays flat once warmed up: the last third of the run is no higher than the middle
    // third, give or take; the first third is warm-up (JIT, caches, documents loading).
    const third = Math.max(1, Math.floor(samples.length / 3));
    const middle = Math.max(...samples.slice(third, 2 * third));
    const late = Math.max(...samples.slice(-third));
    console.log(`soak: ${edits} edits, RSS MB per 5 s: ${samples.map((s) => s.toFixed(0)).join(' ')}`);
    expect(late).toBeLessThan(middle * 1.1 + 10);

    // What is stored equals what the clients hold.
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const store = new SqliteDocumentStore(openDatabase(dataDir));
    for (const meetingId of meetings) {
      const stored = new Y.Doc();
      const { updates } = await store.load(meetingId);
      Y.applyUpdate(stored, Y.mergeUpdates(updates));
      const client = clients.find((c) => c.meetingId === meetingId) as TestClient;
      expect(stored.getText('notes').toString()).toBe(client.doc.getText('notes').toString());
    }
    await store.close();
  });
});
