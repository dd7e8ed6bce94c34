import { Access, CloseCode, MessageType, Storage } from '@minutes/shared';
import * as decoding from 'lib0/decoding';
import { describe, expect, it, vi } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { defaultLimits } from '../config.js';
import { createLogger } from '../Logger.js';
import type { DocumentStore, StoredDocument } from '../storage/DocumentStore.js';
import { MemoryDocumentStore } from '../storage/MemoryDocumentStore.js';
import { RoomRegistry } from './RoomRegistry.js';
import { SyncServer } from './SyncServer.js';
import { syncStep1Frame, TestSocket, updateFrame, valuesOf } from './TestSocket.js';

/** A store whose loads and appends wait until released, to hold the server mid-operation. */
class GatedStore implements DocumentStore {
  readonly inner = new MemoryDocumentStore();
  loads = 0;
  failAppends = false;
  private gate: Promise<void>;
  release: () => void = () => {};
  constructor() {
    this.gate = new Promise((resolve) => {
      this.release = resolve;
    });
  }
  async load(name: string, afterSeq?: number): Promise<StoredDocument> {
    this.loads += 1;
    await this.gate;
    return this.inner.load(name, afterSeq);
  }
  async append(name: string, update: Uint8Array): Promise<number> {
    await this.gate;
    if (this.failAppends) throw new Error('disk full');
    return this.inner.append(name, update);
  }
  compact(name: string, throughSeq: number, state: Uint8Array): Promise<number> {
    return this.inner.compact(name, throughSeq, state);
  }
  async close(): Promise<void> {}
}

function setup(store: DocumentStore, { flushWindowMs = 0, busyUpdates = 10 } = {}) {
  const log = createLogger('silent');
  const registry = new RoomRegistry({
    store,
    log,
    maxDocumentBytes: 1 << 20,
    compactEvery: 1000,
    flushWindowMs,
    busyUpdates,
    unloadAfterMs: 60_000,
  });
  const server = new SyncServer({
    registries: [registry],
    log,
    limits: defaultLimits,
    admit: async ({ credentials }) =>
      credentials.token === 'nobody'
        ? { refuse: CloseCode.Unauthorized }
        : { registry, readOnly: credentials.token === 'reader' },
  });
  const connect = (
    options: { readOnly?: boolean; wantsSaved?: boolean; schemaVersion?: number; token?: string } = {},
  ) => {
    const socket = new TestSocket();
    server.accept(socket, {
      document: 'doc',
      credentials: { token: options.token ?? (options.readOnly ? 'reader' : undefined) },
      wantsSaved: options.wantsSaved ?? false,
      schemaVersion: options.schemaVersion ?? null,
    });
    return socket;
  };
  return { registry, server, connect };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('SyncServer', () => {
  it('sends nothing before the stored document has loaded, then handles held frames in order', async () => {
    const store = new GatedStore();
    await store.inner.append(
      'doc',
      updateFrameless((doc) => doc.getText('t').insert(0, 'stored ')),
    );
    const { connect } = setup(store);
    const client = new Y.Doc();
    const socket = connect();
    socket.clientSends(syncStep1Frame(client));
    socket.clientSends(updateFrame(client, (doc) => doc.getText('t').insert(0, 'one ')));
    socket.clientSends(updateFrame(client, (doc) => doc.getText('t').insert(4, 'two')));
    await settle();
    expect(socket.received).toEqual([]);
    store.release();
    await settle();
    const viewer = new Y.Doc();
    Y.applyUpdate(viewer, Y.encodeStateAsUpdate(client));
    socket.applyTo(viewer);
    expect(viewer.getText('t').toString()).toMatch(/^(stored one two|one twostored )$/);
    expect((await store.inner.load('doc')).updates).toHaveLength(2);
  });

  it('in a busy document, stores and sends keystrokes within the flush window as one update, after it', async () => {
    const store = new MemoryDocumentStore();
    // Busy from the second update within 100 ms; a window long enough that the third surely falls within it.
    const { connect, registry } = setup(store, { flushWindowMs: 1000, busyUpdates: 2 });
    const writer = connect();
    const reader = connect();
    const client = new Y.Doc();
    const updatesTo = (socket: TestSocket) => syncPayloads(socket, syncProtocol.messageYjsUpdate);
    await settle();

    // After a quiet moment, a keystroke is written and sent at once.
    writer.clientSends(updateFrame(client, (doc) => doc.getText('t').insert(0, 'a')));
    await settle();
    expect(updatesTo(reader)).toHaveLength(1);
    writer.clientSends(updateFrame(client, (doc) => doc.getText('t').insert(1, 'b')));
    writer.clientSends(updateFrame(client, (doc) => doc.getText('t').insert(2, 'c')));
    await settle();
    expect(updatesTo(reader)).toHaveLength(1);
    expect((await store.load('doc')).updates).toHaveLength(1);

    // Waiting for the document to be idle (as finalising does) waits for the window.
    await registry.withRoom('doc', (room) => room.whenIdle());
    expect(updatesTo(reader)).toHaveLength(2);
    expect((await store.load('doc')).updates).toHaveLength(2);
    const viewer = new Y.Doc();
    reader.applyTo(viewer);
    expect(viewer.getText('t').toString()).toBe('abc');
  });

  it('stores and sends every keystroke at once while the document is not busy', async () => {
    const store = new MemoryDocumentStore();
    const { connect } = setup(store, { flushWindowMs: 1000, busyUpdates: 10 });
    const writer = connect();
    const reader = connect();
    const client = new Y.Doc();
    await settle();
    for (const letter of 'abc') {
      writer.clientSends(updateFrame(client, (doc) => doc.getText('t').insert(0, letter)));
      await settle();
    }
    expect(syncPayloads(reader, syncProtocol.messageYjsUpdate)).toHaveLength(3);
    expect((await store.load('doc')).updates).toHaveLength(3);
  });

  it('loads a document once for concurrent joins', async () => {
    const store = new GatedStore();
    const { connect, registry } = setup(store);
    const sockets = [connect(), connect(), connect()];
    await settle();
    store.release();
    await settle();
    expect(store.loads).toBe(1);
    expect(registry.loadedCount).toBe(1);
    for (const socket of sockets) expect(socket.types()[0]).toBe(MessageType.Sync);
  });

  it('holds updates while storing fails, tells the editors, and sends them once they are stored', async () => {
    const store = new GatedStore();
    store.release();
    const { connect } = setup(store);
    const writer = connect();
    const reader = connect();
    await settle();
    store.failAppends = true;
    const before = reader.received.length;
    writer.clientSends(updateFrame(new Y.Doc(), (doc) => doc.getText('t').insert(0, 'held')));
    await vi.waitFor(() => expect(valuesOf(reader, MessageType.Storage)).toEqual([Storage.NotSaving]), {
      timeout: 5000,
    });
    expect(valuesOf(writer, MessageType.Storage)).toEqual([Storage.NotSaving]);
    // Nothing unstored reaches anyone, and nobody is sent away.
    expect(reader.received.slice(before).map((frame) => frame[0])).toEqual([MessageType.Storage]);
    expect(writer.closed).toBeNull();
    expect(reader.closed).toBeNull();
    // Someone joining meanwhile is told too.
    const late = connect();
    await settle();
    expect(valuesOf(late, MessageType.Storage)).toEqual([Storage.NotSaving]);
    store.failAppends = false;
    await vi.waitFor(
      () => expect(valuesOf(reader, MessageType.Storage)).toEqual([Storage.NotSaving, Storage.Saving]),
      {
        timeout: 10_000,
      },
    );
    const seen = new Y.Doc();
    reader.applyTo(seen);
    expect(seen.getText('t').toString()).toBe('held');
    const stored = new Y.Doc();
    for (const update of (await store.inner.load('doc')).updates) Y.applyUpdate(stored, update);
    expect(stored.getText('t').toString()).toBe('held');
  });

  it('sends a client that has nothing the whole document, as loaded and after it changed', async () => {
    const store = new MemoryDocumentStore();
    const earlier = new Y.Doc();
    await store.append(
      'doc',
      updateFrameless((doc) => doc.getText('t').insert(0, 'ett ')),
    );
    await store.append(
      'doc',
      updateFrameless((doc) => doc.getText('t').insert(0, 'två ')),
    );
    Y.applyUpdate(earlier, Y.mergeUpdates((await store.load('doc')).updates));
    const { connect } = setup(store);
    const first = connect();
    first.clientSends(syncStep1Frame(new Y.Doc()));
    await vi.waitFor(() => expect(stepTwoPayloads(first)).toHaveLength(1));
    expect(stepTwoPayloads(first)[0]).toEqual(Y.mergeUpdates((await store.load('doc')).updates));
    const writer = connect();
    const writerDoc = new Y.Doc();
    Y.applyUpdate(writerDoc, Y.encodeStateAsUpdate(earlier));
    writer.clientSends(updateFrame(writerDoc, (doc) => doc.getText('t').insert(0, 'tre ')));
    await settle();
    const late = connect();
    late.clientSends(syncStep1Frame(new Y.Doc()));
    await vi.waitFor(() => expect(stepTwoPayloads(late)).toHaveLength(1));
    const seen = new Y.Doc();
    Y.applyUpdate(seen, stepTwoPayloads(late)[0] as Uint8Array);
    expect(seen.getText('t').toString()).toBe(writerDoc.getText('t').toString());
    expect(seen.getText('t').toString()).toContain('tre ');
  });

  it('asks every client for what it has, also one that asked for nothing itself', async () => {
    const store = new MemoryDocumentStore();
    const stored = new Y.Doc();
    stored.getText('t').insert(0, 'lagrat');
    await store.append('doc', Y.encodeStateAsUpdate(stored));
    const { connect } = setup(store);
    const quiet = connect();
    await vi.waitFor(() => expect(stepOneVectors(quiet)).toHaveLength(1));
    expect(Y.decodeStateVector(stepOneVectors(quiet)[0] as Uint8Array)).toEqual(
      Y.decodeStateVector(Y.encodeStateVector(stored)),
    );
  });

  it('answers a read-only client but never applies its updates', async () => {
    const store = new MemoryDocumentStore();
    const { connect } = setup(store);
    const reader = connect({ readOnly: true });
    const other = connect();
    await settle();
    const doc = new Y.Doc();
    reader.clientSends(syncStep1Frame(doc));
    reader.clientSends(updateFrame(doc, (d) => d.getText('t').insert(0, 'not allowed')));
    await settle();
    expect(reader.closed).toBeNull();
    expect(reader.types()).toContain(MessageType.Sync);
    const seen = new Y.Doc();
    other.applyTo(seen);
    expect(seen.getText('t').toString()).toBe('');
    expect((await store.load('doc')).updates).toHaveLength(0);
  });

  it('refuses a connection the admission refuses, before any frame touches a document', async () => {
    const store = new MemoryDocumentStore();
    const { connect, registry } = setup(store);
    const stranger = connect({ token: 'nobody' });
    stranger.clientSends(updateFrame(new Y.Doc(), (d) => d.getText('t').insert(0, 'intruder')));
    await settle();
    expect(stranger.closed?.code).toBe(CloseCode.Unauthorized);
    expect(stranger.received).toEqual([]);
    expect(registry.loadedCount).toBe(0);
    expect((await store.load('doc')).updates).toHaveLength(0);
  });

  it('tells a read-only client that its write was dropped', async () => {
    const { connect } = setup(new MemoryDocumentStore());
    const reader = connect({ readOnly: true });
    await settle();
    expect(valuesOf(reader, MessageType.Access)).toEqual([Access.ReadOnlyRole]);
    reader.clientSends(updateFrame(new Y.Doc(), (d) => d.getText('t').insert(0, 'no')));
    await settle();
    expect(valuesOf(reader, MessageType.Access)).toEqual([Access.ReadOnlyRole, Access.ReadOnlyRole]);
  });

  it('locks a document for every connection at once and unlocks it again', async () => {
    const store = new MemoryDocumentStore();
    const { connect, registry } = setup(store);
    const writer = connect();
    const other = connect();
    await settle();
    const doc = new Y.Doc();
    writer.clientSends(updateFrame(doc, (d) => d.getText('t').insert(0, 'before ')));
    await registry.setLocked('doc', true);
    writer.clientSends(updateFrame(doc, (d) => d.getText('t').insert(7, 'after')));
    await settle();
    expect(valuesOf(writer, MessageType.Access)).toEqual([Access.Finalised, Access.Finalised]);
    expect(valuesOf(other, MessageType.Access)).toEqual([Access.Finalised]);
    const seen = new Y.Doc();
    other.applyTo(seen);
    expect(seen.getText('t').toString()).toBe('before ');
    await registry.setLocked('doc', false);
    expect(valuesOf(other, MessageType.Access)).toEqual([Access.Finalised, Access.Writable]);
  });

  it('undoes, for everyone and the writer too, an update that changes a protected element', async () => {
    const { connect, registry } = setup(new MemoryDocumentStore());
    const writer = connect();
    const other = connect();
    await settle();
    const doc = new Y.Doc();
    writer.clientSends(
      updateFrame(doc, (d) => {
        const decision = new Y.XmlElement('decision');
        decision.setAttribute('id', 'd1');
        decision.insert(0, [new Y.XmlText('Beslutet står fast.')]);
        d.getXmlFragment('default').insert(0, [decision, new Y.XmlText('open')]);
      }),
    );
    await settle();
    await registry.withRoom('doc', (room) => room.protect('d1', { verifiedBy: 'Vera' }));
    await settle();
    writer.clientSends(
      updateFrame(doc, (d) => {
        const fragment = d.getXmlFragment('default');
        ((fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'INTE ');
      }),
    );
    await settle();
    const seen = new Y.Doc();
    other.applyTo(seen);
    writer.applyTo(doc);
    for (const copy of [seen, doc]) {
      expect(copy.getXmlFragment('default').toString()).toBe(
        '<decision id="d1" verifiedBy="Vera">Beslutet står fast.</decision>open',
      );
    }
  });

  it('asks a client for missing history when its update cannot be integrated yet', async () => {
    const { connect } = setup(new MemoryDocumentStore());
    const socket = connect();
    await settle();
    const client = new Y.Doc();
    updateFrame(client, (d) => d.getText('t').insert(0, 'first'));
    const gap = updateFrame(client, (d) => d.getText('t').insert(5, ' second'));
    const before = socket.received.length;
    socket.clientSends(gap);
    await settle();
    const asked = socket.received.slice(before).map((frame) => {
      const decoder = decoding.createDecoder(frame);
      return [decoding.readVarUint(decoder), decoding.readVarUint(decoder)];
    });
    expect(asked).toContainEqual([MessageType.Sync, syncProtocol.messageYjsSyncStep1]);
  });

  it('tells a client that asked when its update is stored', async () => {
    const { connect } = setup(new MemoryDocumentStore());
    const socket = connect({ wantsSaved: true });
    await settle();
    const client = new Y.Doc();
    socket.clientSends(updateFrame(client, (d) => d.getText('t').insert(0, 'sparat')));
    await settle();
    const saved = socket.received.find((frame) => frame[0] === MessageType.Saved);
    expect(saved).toBeDefined();
    const decoder = decoding.createDecoder(saved as Uint8Array);
    decoding.readVarUint(decoder);
    const serverVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    expect(serverVector.get(client.clientID)).toBe(6);
  });
});

function updateFrameless(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  change(doc);
  return Y.encodeStateAsUpdate(doc);
}

/** The payloads of every sync message of one type (step 1: state vectors; step 2: updates) a client received. */
function syncPayloads(socket: TestSocket, syncType: number): Uint8Array[] {
  return socket.received.flatMap((frame) => {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MessageType.Sync) return [];
    if (decoding.readVarUint(decoder) !== syncType) return [];
    return [decoding.readVarUint8Array(decoder)];
  });
}

function stepTwoPayloads(socket: TestSocket): Uint8Array[] {
  return syncPayloads(socket, syncProtocol.messageYjsSyncStep2);
}

function stepOneVectors(socket: TestSocket): Uint8Array[] {
  return syncPayloads(socket, syncProtocol.messageYjsSyncStep1);
}
