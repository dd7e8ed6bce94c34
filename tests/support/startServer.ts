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
  MemoryMeetingStore,
  MemoryMinutesStore,
  type MinutesServer,
  type MinutesStore,
  openDatabase,
  SqliteDocumentStore,
  SqliteMeetingStore,
  SqliteMinutesStore,
} from '@minutes/server';

export interface TestServer {
  server: MinutesServer;
  meetings: MeetingStore;
  documents: DocumentStore;
  minutes: MinutesStore;
  url: string;
  wsUrl: string;
  createMeeting(title?: string): Promise<string>;
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
  if (options.storage === 'sqlite') {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-test-'));
    const db = openDatabase(dataDir);
    meetings = new SqliteMeetingStore(db);
    documents = new SqliteDocumentStore(db);
    minutes = new SqliteMinutesStore(db);
  } else {
    meetings = new MemoryMeetingStore();
    documents = new MemoryDocumentStore();
    minutes = new MemoryMinutesStore();
  }
  const server = createMinutesServer({
    meetings,
    documents,
    minutes,
    limits: { ...defaultLimits, ...options.limits },
    extractAfterMs: options.extractAfterMs ?? 50,
    log: createLogger(process.env.TEST_LOG_LEVEL === 'debug' ? 'debug' : 'silent'),
    clientDir: options.clientDir,
  });
  const address = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    server,
    meetings,
    documents,
    minutes,
    url,
    wsUrl: `ws://127.0.0.1:${address.port}/collab`,
    async createMeeting(title = 'Styrgruppsmöte') {
      const meeting = await meetings.create({ title, date: '2026-02-24' });
      return meeting.id;
    },
    async stop() {
      await server.close();
      await documents.close();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
