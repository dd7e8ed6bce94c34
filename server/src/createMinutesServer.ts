import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMeetingId, minutesSchema } from '@minutes/shared';
import type { Limits } from './config.js';
import { createApp } from './http/createApp.js';
import type { MinutesImport } from './import/MinutesImport.js';
import type { Logger } from './Logger.js';
import { MinutesExtraction } from './minutes/MinutesExtraction.js';
import { seedFromTemplate } from './minutes/seedFromTemplate.js';
import type { DocumentStore } from './storage/DocumentStore.js';
import type { MeetingStore } from './storage/MeetingStore.js';
import type { MinutesStore } from './storage/MinutesStore.js';
import { attachCollabEndpoint } from './sync/attachCollabEndpoint.js';
import { RoomRegistry } from './sync/RoomRegistry.js';
import { SyncServer } from './sync/SyncServer.js';

export interface MinutesServerDependencies {
  meetings: MeetingStore;
  documents: DocumentStore;
  minutes: MinutesStore;
  limits: Limits;
  /** Quiet time after edits before the minutes are extracted again. */
  extractAfterMs?: number;
  log: Logger;
  clientDir?: string;
}

export interface MinutesServer {
  readonly http: http.Server;
  readonly sync: SyncServer;
  readonly registry: RoomRegistry;
  readonly extraction: MinutesExtraction;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting, writes every document, closes every connection. Leaves the stores open. */
  close(): Promise<void>;
}

export function createMinutesServer(deps: MinutesServerDependencies): MinutesServer {
  const { meetings, documents, limits, log } = deps;
  const schema = minutesSchema();
  let imports: Promise<MinutesImport> | undefined;
  const extraction = new MinutesExtraction({
    meetings,
    documents,
    minutes: deps.minutes,
    log,
    debounceMs: deps.extractAfterMs ?? 1000,
  });
  const registry = new RoomRegistry({
    observer: extraction,
    store: documents,
    log,
    maxDocumentBytes: limits.maxDocumentBytes,
    compactEvery: limits.compactEvery,
    unloadAfterMs: limits.unloadAfterMs,
    seed: async (name, doc) => {
      const meeting = isMeetingId(name) ? await meetings.get(name) : undefined;
      if (meeting) seedFromTemplate(doc, schema, meeting);
    },
  });
  const sync = new SyncServer({
    registry,
    limits,
    log,
    documentExists: async (name) => isMeetingId(name) && (await meetings.get(name)) !== undefined,
  });
  const server = http.createServer(
    createApp({
      meetings,
      extraction,
      loadImports: () =>
        (imports ??= import('./import/MinutesImport.js').then(
          (module) => new module.MinutesImport(meetings, documents),
        )),
      log,
      clientDir: deps.clientDir,
    }),
  );
  const detach = attachCollabEndpoint(server, sync, { limits, log });

  return {
    http: server,
    sync,
    registry,
    extraction,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await sync.close();
      extraction.close();
      detach();
      server.closeAllConnections();
      await closed;
    },
  };
}
