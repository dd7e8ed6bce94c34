import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createLogger,
  createMinutesServer,
  type DocumentStore,
  defaultLimits,
  type Limits,
  type MeetingStore,
  MemoryDocumentStore,
  type MinutesServer,
  type MinutesStore,
  openDatabase,
  openMemoryDatabase,
  SqliteAccessStore,
  SqliteDocumentStore,
  SqliteMeetingStore,
  SqliteMinutesStore,
  SqliteVersionStore,
  sqliteAcrossStores,
} from '@minutes/server';
import type { Role } from '@minutes/shared';
import { connectClient, connectSynced, type TestClient } from './connectClient.js';
import { type Person, signUp } from './people.js';

export interface TestServer {
  server: MinutesServer;
  meetings: MeetingStore;
  documents: DocumentStore;
  minutes: MinutesStore;
  url: string;
  wsUrl: string;
  /** The SQLite database of accounts, roles and versions (and of everything, with storage 'sqlite'). */
  db: ReturnType<typeof openDatabase>;
  /** The first account (the admin), signed in; secretary of every meeting made by `createMeeting`. */
  owner: Person;
  /** Creates a meeting whose secretary is the owner. */
  createMeeting(title?: string): Promise<string>;
  /** A script token for the meeting (`pnpm minutes token`). */
  tokenFor(meetingId: string, role?: Role): Promise<string>;
  /** A y-websocket client on the meeting with a token for the role (default secretary). */
  connect(meetingId: string, params?: Record<string, string>, role?: Role): Promise<TestClient>;
  connectSynced(meetingId: string, params?: Record<string, string>, role?: Role): Promise<TestClient>;
  /** Signs up another account. */
  signUp(name: string): Promise<Person>;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  storage?: 'memory' | 'sqlite';
  limits?: Partial<Limits>;
  clientDir?: string;
  /** Quiet time before the minutes are extracted again (default 50 ms). */
  extractAfterMs?: number;
}

/** A real HTTP + WebSocket server on a free loopback port, in this process. */
export async function startServer(options: TestServerOptions = {}): Promise<TestServer> {
  let dataDir: string | undefined;
  let meetings: MeetingStore;
  let documents: DocumentStore;
  let minutes: MinutesStore;
  let db: ReturnType<typeof openDatabase>;
  if (options.storage === 'sqlite') {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-test-'));
    db = openDatabase(dataDir);
    meetings = new SqliteMeetingStore(db);
    documents = new SqliteDocumentStore(db);
    minutes = new SqliteMinutesStore(db);
  } else {
    // Documents in memory; meetings, accounts, roles and versions in an SQLite database in memory.
    db = openMemoryDatabase();
    meetings = new SqliteMeetingStore(db);
    documents = new MemoryDocumentStore();
    minutes = new SqliteMinutesStore(db);
  }
  const access = new SqliteAccessStore(db);
  const server = createMinutesServer({
    meetings,
    documents,
    minutes,
    access,
    versions: new SqliteVersionStore(db),
    across: sqliteAcrossStores(db),
    limits: { ...defaultLimits, ...options.limits },
    extractAfterMs: options.extractAfterMs ?? 50,
    log: createLogger(process.env.TEST_LOG_LEVEL === 'debug' ? 'debug' : 'silent'),
    clientDir: options.clientDir,
  });
  const address = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}`;
  const wsUrl = `ws://127.0.0.1:${address.port}/collab`;
  const owner = await signUp(url, 'Ordförande Olsson', 'owner@example.org');
  const tokenFor = (meetingId: string, role: Role = 'secretary') =>
    server.access.issueToken(meetingId as Parameters<typeof server.access.issueToken>[0], role);
  return {
    server,
    meetings,
    documents,
    minutes,
    url,
    wsUrl,
    db,
    owner,
    async createMeeting(title = 'Styrgruppsmöte') {
      const meeting = await meetings.create({ title, date: '2026-02-24' });
      await access.setRole('meeting', meeting.id, owner.id, 'secretary');
      return meeting.id;
    },
    tokenFor,
    async connect(meetingId, params = {}, role = 'secretary') {
      return connectClient(wsUrl, meetingId, { token: await tokenFor(meetingId, role), ...params });
    },
    async connectSynced(meetingId, params = {}, role = 'secretary') {
      return connectSynced(wsUrl, meetingId, { token: await tokenFor(meetingId, role), ...params });
    },
    signUp: (name) => signUp(url, name),
    async stop() {
      await server.close();
      await documents.close();
      if (options.storage !== 'sqlite') db.close();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
