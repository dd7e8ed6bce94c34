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
  openPostgresStores,
  type Stores,
  sqliteStores,
} from '@minutes/server';
import type { Role } from '@minutes/shared';
import { connectClient, connectSynced, type TestClient } from './connectClient.js';
import { type Person, signUp } from './people.js';
import { createTestDatabase } from './postgres.js';

export interface TestServer {
  server: MinutesServer;
  meetings: MeetingStore;
  documents: DocumentStore;
  minutes: MinutesStore;
  url: string;
  wsUrl: string;
  /**
   * The SQLite database of accounts, roles and versions (and of everything, with storage
   * 'sqlite'); there is none with storage 'postgres'.
   */
  db: ReturnType<typeof openDatabase>;
  /** The PostgreSQL database, with storage 'postgres'. */
  databaseUrl: string | undefined;
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
  /**
   * Where the server keeps its data (default memory: documents in memory, everything else in
   * SQLite in memory). 'postgres' takes a new database of the test file's PostgreSQL, so the file
   * calls `usePostgres()`.
   */
  storage?: 'memory' | 'sqlite' | 'postgres';
  limits?: Partial<Limits>;
  clientDir?: string;
  /** Quiet time before the minutes are extracted again (default 50 ms). */
  extractAfterMs?: number;
}

/** A real HTTP + WebSocket server on a free loopback port, in this process. */
export async function startServer(options: TestServerOptions = {}): Promise<TestServer> {
  let dataDir: string | undefined;
  let databaseUrl: string | undefined;
  let db: ReturnType<typeof openDatabase> | undefined;
  let stores: Stores;
  if (options.storage === 'sqlite') {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-test-'));
    db = openDatabase(dataDir);
    stores = sqliteStores(db);
  } else if (options.storage === 'postgres') {
    databaseUrl = await createTestDatabase();
    stores = await openPostgresStores(databaseUrl);
  } else {
    // Documents in memory; meetings, accounts, roles and versions in an SQLite database in memory.
    db = openMemoryDatabase();
    stores = { ...sqliteStores(db), documents: new MemoryDocumentStore() };
  }
  const { meetings, documents, minutes, access } = stores;
  const server = createMinutesServer({
    meetings,
    documents,
    minutes,
    access,
    versions: stores.versions,
    across: stores.across,
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
    get db() {
      if (!db) throw new Error(`no SQLite database with storage '${options.storage}'`);
      return db;
    },
    databaseUrl,
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
      await stores.close();
      if (db?.open) db.close();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
