import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Access, MessageType, Storage } from '@minutes/shared';
import * as decoding from 'lib0/decoding';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient } from '../support/connectClient.js';
import { startNginx, type TestNginx } from '../support/nginx.js';
import { type Person, signUp } from '../support/people.js';
import { usePostgres } from '../support/postgres.js';
import { useRedis } from '../support/redis.js';
import { type ServerProcess, spawnServer } from '../support/spawnServer.js';
import { waitFor } from '../support/waitFor.js';

/**
 * Two server processes on one PostgreSQL, sharing meetings through one Redis, as the README
 * describes, with nginx in front where clients need to move between them.
 */
const postgres = usePostgres();
const redis = useRedis();

interface Editor extends TestClient {
  name: string;
  typed: string[];
  /** Every `Storage` value the server sent. */
  storage: number[];
  /** Every `Access` value the server sent. */
  access: number[];
  disconnects: number;
  type(): string;
  text(): string;
}

let servers: ServerProcess[] = [];
let nginx: TestNginx | undefined;
let editors: Editor[] = [];
let dataDir: string | undefined;
let databaseUrl = '';

afterEach(async () => {
  for (const editor of editors) editor.destroy();
  editors = [];
  await nginx?.stop();
  nginx = undefined;
  for (const server of servers) {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await server.exited;
  }
  servers = [];
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function twoProcesses(env: Record<string, string> = {}): Promise<[ServerProcess, ServerProcess]> {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-scaleout-'));
  databaseUrl = await postgres.createDatabase();
  const shared = { DATABASE_URL: databaseUrl, REDIS_URL: redis.current().url, TRUST_PROXY: '1', ...env };
  const [first, second] = await Promise.all([spawnServer(dataDir, shared), spawnServer(dataDir, shared)]);
  servers = [first, second];
  return [first, second];
}

async function meetingOn(server: ServerProcess): Promise<{ secretary: Person; meetingId: string }> {
  const secretary = await signUp(server.url, 'Sekreterare');
  const response = await secretary.fetch('/api/meetings', {
    method: 'POST',
    json: { title: 'Styrelsemöte', date: '2026-11-23' },
  });
  expect(response.status).toBe(201);
  return { secretary, meetingId: ((await response.json()) as { id: string }).id };
}

/** An editor whose every keystroke is a token of its own (`anna-7 `), appended to the notes. */
function editor(wsUrl: string, meetingId: string, secretary: Person, name: string): Editor {
  const client = connectClient(wsUrl, meetingId, {}, { cookie: secretary.cookie });
  const notes = client.doc.getText('notes');
  const made: Editor = {
    ...client,
    name,
    typed: [],
    storage: [],
    access: [],
    disconnects: 0,
    type() {
      const token = `${name}-${made.typed.length}`;
      notes.insert(notes.length, `${token} `);
      made.typed.push(token);
      return token;
    },
    text: () => notes.toString(),
  };
  client.provider.messageHandlers[MessageType.Storage] = (_encoder, decoder) => {
    made.storage.push(decoding.readVarUint(decoder));
  };
  client.provider.messageHandlers[MessageType.Access] = (_encoder, decoder) => {
    made.access.push(decoding.readVarUint(decoder));
  };
  client.provider.on('status', ({ status }) => {
    if (status === 'disconnected') made.disconnects += 1;
  });
  editors.push(made);
  return made;
}

function tokensOf(text: string): string[] {
  return text.split(' ').filter(Boolean).sort();
}

async function allSynced(): Promise<void> {
  await waitFor(() => editors.every((each) => each.provider.synced), { timeoutMs: 20_000 });
}

/** Every editor holds the same text, with every token anyone typed. */
async function converged(): Promise<string> {
  const everything = editors.flatMap((each) => each.typed).sort();
  await waitFor(
    () =>
      editors.every(
        (each) => each.text() === editors[0]?.text() && tokensOf(each.text()).length === everything.length,
      ),
    { timeoutMs: 30_000 },
  );
  const text = (editors[0] as Editor).text();
  expect(tokensOf(text)).toEqual(everything);
  return text;
}

/** Anna on the first process and Bo on the second, after one edit has passed between them. */
async function annaOnOneBoOnTheOther(env: Record<string, string> = {}) {
  const [a, b] = await twoProcesses(env);
  const { secretary, meetingId } = await meetingOn(a);
  const anna = editor(a.wsUrl, meetingId, secretary, 'anna');
  const bo = editor(b.wsUrl, meetingId, secretary, 'bo');
  await allSynced();
  anna.type();
  await converged();
  return { meetingId, anna, bo, secretary };
}

async function typeFor(ms: number, who: Editor[]): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    for (const each of who) each.type();
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** The meeting's notes as PostgreSQL holds them. */
function storedText(meetingId: string): Promise<string> {
  return notesIn('SELECT data FROM document_updates WHERE document = $1 ORDER BY seq', [meetingId]);
}

/** The notes in a stored version of the meeting. */
function versionText(meetingId: string, number: number): Promise<string> {
  return notesIn('SELECT state AS data FROM versions WHERE meeting_id = $1 AND number = $2', [
    meetingId,
    number,
  ]);
}

async function notesIn(query: string, values: unknown[]): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ data: Buffer }>(query, values);
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.data));
    return doc.getText('notes').toString();
  } finally {
    await client.end();
  }
}

describe('two server processes with PostgreSQL and Redis', () => {
  it('serve one meeting together: editors on either process converge', async () => {
    // Through Redis: the timer that reads the database again would take ten minutes.
    const [a, b] = await twoProcesses({ RESYNC_EVERY_MS: '600000' });
    const { secretary, meetingId } = await meetingOn(a);
    const onA = [editor(a.wsUrl, meetingId, secretary, 'anna'), editor(a.wsUrl, meetingId, secretary, 'alf')];
    const onB = [editor(b.wsUrl, meetingId, secretary, 'bo'), editor(b.wsUrl, meetingId, secretary, 'berit')];
    await allSynced();
    await typeFor(1500, [...onA, ...onB]);
    const text = await converged();
    // Everything was stored, once, by whichever process received it.
    expect(tokensOf(await storedText(meetingId))).toEqual(tokensOf(text));
    const late = editor(b.wsUrl, meetingId, secretary, 'late');
    await waitFor(() => late.provider.synced);
    expect(late.text()).toBe(text);
  });

  it('lose nothing when one is killed with -9 while people type: its editors reconnect through nginx to the other', async () => {
    const [a, b] = await twoProcesses();
    nginx = await startNginx([a.port, b.port]);
    const { secretary, meetingId } = await meetingOn(a);
    const people = ['anna', 'bo', 'carl', 'dina', 'erik', 'fia'].map((name) =>
      editor((nginx as TestNginx).wsUrl, meetingId, secretary, name),
    );
    await allSynced();
    await typeFor(1500, people);
    a.child.kill('SIGKILL');
    await typeFor(1500, people);
    await allSynced();
    const text = await converged();
    // nginx had spread them: some were on the killed process and came back through it.
    expect(people.filter((person) => person.disconnects > 0).length).toBeGreaterThan(0);
    expect(people.filter((person) => person.disconnects === 0).length).toBeGreaterThan(0);
    for (const person of people) person.destroy();
    editors = [];
    const reader = editor(nginx.wsUrl, meetingId, secretary, 'reader');
    await waitFor(() => reader.provider.synced);
    expect(reader.text()).toBe(text);
    expect(tokensOf(await storedText(meetingId))).toEqual(tokensOf(text));
  });

  it('finalise together: a finalise on one locks the other, and the version holds all it accepted', async () => {
    // The secretary finalises through the first process, while Bo types on the second.
    const { meetingId, anna, bo, secretary } = await annaOnOneBoOnTheOther();
    let typing = true;
    const typed = (async () => {
      while (typing) {
        bo.type();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const finalised = await secretary.fetch(`/api/meetings/${meetingId}/finalise`, {
      method: 'POST',
      json: {},
    });
    expect(finalised.status).toBe(201);
    await waitFor(() => bo.access.includes(Access.Finalised));
    await new Promise((resolve) => setTimeout(resolve, 200));
    typing = false;
    await typed;
    expect(anna.access).toContain(Access.Finalised);
    // Everything the other process accepted before the lock is in the version; nothing after it.
    const version = tokensOf(await versionText(meetingId, 1));
    expect(version.filter((token) => token.startsWith('bo-')).length).toBeGreaterThan(10);
    expect(version).toEqual(tokensOf(await storedText(meetingId)));
    expect(bo.typed.length).toBeGreaterThan(version.length);
  });

  it('read the database again when Redis comes back, so what passed while it was away reaches everyone', async () => {
    // The timer would also find it, but not within this test.
    const { meetingId, anna, bo } = await annaOnOneBoOnTheOther({ RESYNC_EVERY_MS: '600000' });
    await redis.current().halt();
    const lost = anna.type();
    bo.type();
    await waitFor(async () => (await storedText(meetingId)).includes(lost));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bo.text()).not.toContain(lost);
    await redis.current().resume();
    await converged();
    // And the bus works again, both ways, at once.
    bo.type();
    anna.type();
    await converged();
  });

  it('hold updates while PostgreSQL is away, tell the editors, and store and share them when it is back', async () => {
    const { meetingId, anna, bo } = await annaOnOneBoOnTheOther();
    await postgres.halt();
    try {
      const held = anna.type();
      await waitFor(() => anna.storage.includes(Storage.NotSaving), { timeoutMs: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(bo.text()).not.toContain(held);
      expect(anna.provider.wsconnected).toBe(true);
    } finally {
      await postgres.resume();
    }
    await converged();
    await waitFor(() => anna.storage.at(-1) === Storage.Saving, { timeoutMs: 10_000 });
    expect(anna.storage).toEqual([Storage.NotSaving, Storage.Saving]);
    expect(tokensOf(await storedText(meetingId))).toEqual(tokensOf(anna.text()));
  });
});
