import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloseCode, DOCUMENT_FIELD, documentSchema, isMeetingId, type MeetingId, may } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { AccessControl } from './access/AccessControl.js';
import type { AccessStore } from './access/AccessStore.js';
import { type Across, createAcross } from './across/Across.js';
import type { AcrossStores } from './across/AcrossStores.js';
import type { Limits } from './config.js';
import { createApp } from './http/createApp.js';
import type { MinutesImport } from './import/MinutesImport.js';
import type { Logger } from './Logger.js';
import { MinutesExtraction } from './minutes/MinutesExtraction.js';
import { seedFromTemplate } from './minutes/seedFromTemplate.js';
import { applyMasks } from './render/applyMasks.js';
import { SeriesMeetings } from './series/SeriesMeetings.js';
import type { DocumentStore } from './storage/DocumentStore.js';
import type { MeetingStore } from './storage/MeetingStore.js';
import type { MinutesStore } from './storage/MinutesStore.js';
import { attachCollabEndpoint } from './sync/attachCollabEndpoint.js';
import type { RoomBus } from './sync/RoomBus.js';
import { RoomRegistry } from './sync/RoomRegistry.js';
import { SnapshotStore } from './sync/SnapshotStore.js';
import { SyncServer } from './sync/SyncServer.js';
import { MeetingLifecycle } from './versions/MeetingLifecycle.js';
import type { VersionStore } from './versions/VersionStore.js';

export interface MinutesServerDependencies {
  meetings: MeetingStore;
  documents: DocumentStore;
  minutes: MinutesStore;
  access: AccessStore;
  versions: VersionStore;
  /** The task tracker's statuses, the search index and calendar feed tokens. */
  across: AcrossStores;
  limits: Limits;
  /** Quiet time after edits before the minutes are extracted again. */
  extractAfterMs?: number;
  /** Other server processes serve the same meetings; shared through this bus (Redis). */
  bus?: RoomBus;
  /** With a bus: how often every loaded document is read from the database again. */
  resyncEveryMs?: number;
  log: Logger;
  clientDir?: string;
  /** Behind one reverse proxy (nginx), whose X-Forwarded-* headers are trusted. */
  trustProxy?: boolean;
}

export interface MinutesServer {
  readonly http: http.Server;
  readonly sync: SyncServer;
  readonly registry: RoomRegistry;
  readonly extraction: MinutesExtraction;
  readonly access: AccessControl;
  readonly lifecycle: MeetingLifecycle;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting, writes every document, closes every connection. Leaves the stores open. */
  close(): Promise<void>;
}

export function createMinutesServer(deps: MinutesServerDependencies): MinutesServer {
  const { meetings, documents, versions, limits, log } = deps;
  const access = new AccessControl(deps.access);
  const schema = documentSchema();
  let imports: Promise<MinutesImport> | undefined;
  const extraction = new MinutesExtraction({
    meetings,
    documents,
    minutes: deps.minutes,
    log,
    debounceMs: deps.extractAfterMs ?? 1000,
  });
  const shared = (scope: string) =>
    deps.bus && { bus: deps.bus, scope, resyncEveryMs: deps.resyncEveryMs ?? 15_000, lockTimeoutMs: 5_000 };
  const registry = new RoomRegistry({
    bus: shared('draft'),
    observer: extraction,
    store: documents,
    log,
    maxDocumentBytes: limits.maxDocumentBytes,
    compactEvery: limits.compactEvery,
    flushWindowMs: limits.flushWindowMs,
    unloadAfterMs: limits.unloadAfterMs,
    seed: async (name, doc) => {
      const meeting = isMeetingId(name) ? await meetings.get(name) : undefined;
      if (!meeting) return;
      const series = meeting.seriesId ? await deps.access.series(meeting.seriesId) : undefined;
      seedFromTemplate(doc, schema, { ...meeting, series: series?.name ?? null });
    },
    locks: async (name) => {
      if (!isMeetingId(name)) return { locked: false, protectedNodes: [] };
      const [status, verified] = await Promise.all([versions.status(name), versions.verifiedDecisions(name)]);
      return { locked: status === 'finalised', protectedNodes: verified.map((decision) => decision.nodeId) };
    },
  });
  // Readers never receive the draft: over /collab they get the latest published copy, masked.
  const publishedRegistry = new RoomRegistry({
    bus: shared('published'),
    store: new SnapshotStore(),
    log,
    maxDocumentBytes: limits.maxDocumentBytes,
    compactEvery: Number.POSITIVE_INFINITY,
    unloadAfterMs: limits.unloadAfterMs,
    seed: async (name, doc) => {
      const latest = isMeetingId(name)
        ? (await versions.versions(name)).filter((version) => version.publishedAt !== null).at(-1)
        : undefined;
      const published = latest && (await versions.version(name as MeetingId, latest.number));
      if (!published) return;
      const masked = applyMasks(published.document as JSONContent, published.masks);
      prosemirrorJSONToYXmlFragment(schema, masked, doc.getXmlFragment(DOCUMENT_FIELD));
    },
  });
  const seriesMeetings = new SeriesMeetings({
    meetings,
    documents,
    access: deps.access,
    extraction,
    schema,
    taskStatus: async (meetingId, nodeId) =>
      across.tracker.statusSetAfterFinal(meetingId as MeetingId, nodeId),
  });
  const lifecycle = new MeetingLifecycle({
    versions,
    access: deps.access,
    registry,
    publishedRegistry,
    schema,
  });
  const across: Across = createAcross({
    meetings,
    documents,
    accessStore: deps.access,
    versions,
    extraction,
    registry,
    lifecycle,
    stores: deps.across,
    log,
  });
  // Task statuses set while the minutes were final go into the reopened draft at once.
  lifecycle.onReopened((meeting) => across.tracker.carryOver(meeting));
  const sync = new SyncServer({
    registries: [registry, publishedRegistry],
    limits,
    log,
    admit: async ({ document, credentials }) => {
      const principal = await access.principal(credentials);
      if (principal === null || principal === 'invalid') return { refuse: CloseCode.Unauthorized };
      const meeting = isMeetingId(document) ? await meetings.get(document) : undefined;
      if (!meeting) return { refuse: CloseCode.MeetingNotFound };
      const meetingAccess = await access.accessTo(principal, meeting);
      if (may(meetingAccess, 'draft')) return { registry, readOnly: false };
      if (!may(meetingAccess, 'published')) return { refuse: CloseCode.Forbidden };
      const published = (await versions.versions(meeting.id)).some((version) => version.publishedAt !== null);
      return published ? { registry: publishedRegistry, readOnly: true } : { refuse: CloseCode.Forbidden };
    },
  });
  const server = http.createServer(
    createApp({
      meetings,
      access,
      accessStore: deps.access,
      versions,
      lifecycle,
      seriesMeetings,
      extraction,
      across,
      loadImports: () =>
        (imports ??= import('./import/MinutesImport.js').then(
          (module) => new module.MinutesImport(meetings, documents),
        )),
      log,
      clientDir: deps.clientDir,
      trustProxy: deps.trustProxy ?? false,
    }),
  );
  const detach = attachCollabEndpoint(server, sync, { limits, log, trustProxy: deps.trustProxy ?? false });

  return {
    http: server,
    sync,
    registry,
    extraction,
    access,
    lifecycle,
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
      await across.search.close();
      detach();
      server.closeAllConnections();
      await closed;
    },
  };
}
