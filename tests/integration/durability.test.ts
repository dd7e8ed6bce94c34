import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectSynced, type TestClient } from '../support/connectClient.js';
import { type Person, signUp } from '../support/people.js';
import { type ServerProcess, spawnServer } from '../support/spawnServer.js';
import { waitFor } from '../support/waitFor.js';

let dataDir: string;
let servers: ServerProcess[] = [];
let clients: TestClient[] = [];
/** The secretary, signed in on the first server; the session outlives restarts. */
let secretary: Person;

afterEach(async () => {
  for (const client of clients) client.destroy();
  clients = [];
  for (const server of servers) {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await server.exited;
  }
  servers = [];
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<ServerProcess> {
  const server = await spawnServer(dataDir);
  servers.push(server);
  return server;
}

async function createMeeting(server: ServerProcess): Promise<string> {
  secretary = await signUp(server.url, 'Sekreterare');
  const response = await secretary.fetch('/api/meetings', {
    method: 'POST',
    json: { title: 'Krasch', date: '2026-04-10' },
  });
  return ((await response.json()) as { id: string }).id;
}

/** Joins with the session cookie, as the browser does; the session is checked again after a restart. */
async function join(server: ServerProcess, id: string): Promise<TestClient> {
  const client = await connectSynced(server.wsUrl, id, {}, { cookie: secretary.cookie });
  clients.push(client);
  return client;
}

/** Every item each writer pushed, as seen in a document. */
function itemsIn(doc: Y.Doc): Set<string> {
  return new Set(doc.getArray<string>('items').toArray());
}

describe('durability', () => {
  it('after kill -9 in the middle of writing, everything another client had received is stored', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-durability-'));
    const first = await start();
    const id = await createMeeting(first);
    const observer = await join(first, id);
    const writers = await Promise.all(Array.from({ length: 4 }, () => join(first, id)));

    // Two writers write a burst and leave before the crash.
    for (const [n, writer] of writers.slice(0, 2).entries()) {
      for (let i = 0; i < 100; i++) writer.doc.getArray<string>('items').push([`early-${n}-${i}`]);
    }
    await waitFor(() => itemsIn(observer.doc).size === 200);
    for (const writer of writers.slice(0, 2)) writer.destroy();

    // The other two keep typing while the server is killed.
    let typing = true;
    const loops = writers.slice(2).map(async (writer, n) => {
      for (let i = 0; typing; i++) {
        writer.doc.transact(() => {
          writer.doc.getArray<string>('items').push([`late-${n}-${i}`]);
          writer.doc.getText('notes').insert(0, String(i % 10));
        });
        // Fast typing, yet below the server's flood limit.
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    await waitFor(() => itemsIn(observer.doc).size > 600, { timeoutMs: 30_000 });
    expect(writers.slice(2).every((writer) => writer.provider.wsconnected)).toBe(true);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    typing = false;
    await Promise.all(loops);

    // What had reached the observer before the kill must all be in the reloaded document.
    const received = Y.encodeStateAsUpdate(observer.doc);
    const seenItems = itemsIn(observer.doc);
    const seenNotes = observer.doc.getText('notes').length;
    for (const client of clients) client.provider.disconnect();

    const second = await start();
    const reader = await join(second, id);
    const reloaded = itemsIn(reader.doc);
    const missing = [...seenItems].filter((item) => !reloaded.has(item));
    expect(missing).toEqual([]);
    expect(reader.doc.getText('notes').length).toBeGreaterThanOrEqual(seenNotes);
    // Nothing the observer held is unknown to the restarted server.
    const lacking = Y.decodeUpdate(Y.diffUpdate(received, Y.encodeStateVector(reader.doc)));
    expect(lacking.structs).toEqual([]);
    for (let n = 0; n < 2; n++) {
      for (let i = 0; i < 100; i++) expect(reloaded.has(`early-${n}-${i}`)).toBe(true);
    }
  });

  it('SIGTERM writes everything and exits cleanly, and the reloaded document is whole', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-durability-'));
    const first = await start();
    const id = await createMeeting(first);
    const writer = await join(first, id);
    for (let i = 0; i < 300; i++) writer.doc.getArray<string>('items').push([`item-${i}`]);
    const observer = await join(first, id);
    await waitFor(() => itemsIn(observer.doc).size === 300);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    for (const client of clients) client.provider.disconnect();

    const second = await start();
    const reader = await join(second, id);
    expect(reader.doc.getArray('items').toArray()).toEqual(writer.doc.getArray('items').toArray());
  });
});
