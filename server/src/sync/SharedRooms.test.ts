import { Access, CloseCode, DOCUMENT_FIELD, MessageType } from '@minutes/shared';
import * as decoding from 'lib0/decoding';
import { describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { defaultLimits } from '../config.js';
import { createLogger } from '../Logger.js';
import { MemoryDocumentStore } from '../storage/MemoryDocumentStore.js';
import { Frame } from './Frame.js';
import { MemoryBusHub, type MemoryRoomBus } from './MemoryBusHub.js';
import { RoomRegistry } from './RoomRegistry.js';
import { SyncServer } from './SyncServer.js';
import { syncStep1Frame, TestSocket, updateFrame, valuesOf } from './TestSocket.js';

/** One server process: a registry on the shared store, talking to the others through `bus`. */
function process(
  store: MemoryDocumentStore,
  bus: MemoryRoomBus,
  options: { resyncEveryMs?: number; compactEvery?: number } = {},
) {
  const log = createLogger('silent');
  const registry = new RoomRegistry({
    store,
    log,
    maxDocumentBytes: 1 << 20,
    compactEvery: options.compactEvery ?? 1000,
    unloadAfterMs: 60_000,
    bus: { bus, scope: 'draft', resyncEveryMs: options.resyncEveryMs ?? 60_000, lockTimeoutMs: 2000 },
  });
  const server = new SyncServer({
    registries: [registry],
    log,
    limits: defaultLimits,
    admit: async () => ({ registry, readOnly: false }),
  });
  /** A client with its own Y.Doc, kept up to date with everything the server sends it. */
  const connect = async () => {
    const socket = new TestSocket();
    const doc = new Y.Doc();
    server.accept(socket, { document: 'doc', credentials: {}, wantsSaved: false, schemaVersion: null });
    socket.clientSends(syncStep1Frame(doc));
    await vi.waitFor(() => expect(registry.loadedCount).toBe(1));
    return {
      socket,
      doc,
      /** Types at the end of what this client has received so far. */
      type: (text: string) => {
        socket.applyTo(doc);
        socket.clientSends(updateFrame(doc, (d) => d.getText('t').insert(d.getText('t').length, text)));
      },
      text: () => {
        const seen = new Y.Doc();
        socket.applyTo(seen);
        Y.applyUpdate(seen, Y.encodeStateAsUpdate(doc));
        return seen.getText('t').toString();
      },
    };
  };
  return { registry, server, connect };
}

async function storedText(store: MemoryDocumentStore): Promise<string> {
  const doc = new Y.Doc();
  for (const update of (await store.load('doc')).updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

function twoProcesses(options: { resyncEveryMs?: number; compactEvery?: number } = {}) {
  const store = new MemoryDocumentStore();
  const hub = new MemoryBusHub();
  const busA = hub.bus();
  const busB = hub.bus();
  return { store, busA, busB, a: process(store, busA, options), b: process(store, busB, options) };
}

describe('documents shared by several server processes', () => {
  it('sends what one process stored to the editors of the other, and stores it once', async () => {
    const { store, a, b } = twoProcesses();
    const anna = await a.connect();
    const bo = await b.connect();
    anna.type('from A ');
    await vi.waitFor(() => expect(bo.text()).toBe('from A '));
    bo.type('from B');
    await vi.waitFor(() => expect(anna.text()).toBe('from A from B'));
    expect(await storedText(store)).toBe('from A from B');
    expect((await store.load('doc')).updates).toHaveLength(2);
  });

  it('shares presence between processes', async () => {
    const { a, b } = twoProcesses();
    await a.connect();
    const bo = await b.connect();
    const annaAwareness = new awarenessProtocol.Awareness(new Y.Doc());
    annaAwareness.setLocalState({ user: { name: 'Anna' } });
    const anna = await a.connect();
    anna.socket.clientSends(Frame.awareness(annaAwareness, [annaAwareness.clientID]));
    await vi.waitFor(() => {
      const seen = new awarenessProtocol.Awareness(new Y.Doc());
      for (const frame of bo.socket.received) {
        const decoder = decoding.createDecoder(frame);
        if (decoding.readVarUint(decoder) !== MessageType.Awareness) continue;
        awarenessProtocol.applyAwarenessUpdate(seen, decoding.readVarUint8Array(decoder), 'test');
      }
      expect(seen.getStates().get(annaAwareness.clientID)).toEqual({ user: { name: 'Anna' } });
    });
  });

  it('reads what it missed from the database when the bus comes back', async () => {
    const { store, busB, a, b } = twoProcesses();
    const anna = await a.connect();
    const bo = await b.connect();
    busB.disconnect();
    anna.type('missed');
    await vi.waitFor(async () => expect(await storedText(store)).toBe('missed'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bo.text()).toBe('');
    busB.reconnect();
    await vi.waitFor(() => expect(bo.text()).toBe('missed'));
  });

  it('reads the database again on a timer, for messages lost without a disconnect', async () => {
    const { store, b } = twoProcesses({ resyncEveryMs: 50 });
    const bo = await b.connect();
    const elsewhere = new Y.Doc();
    elsewhere.getText('t').insert(0, 'written by another process');
    await store.append('doc', Y.encodeStateAsUpdate(elsewhere));
    await vi.waitFor(() => expect(bo.text()).toBe('written by another process'));
  });

  it('locks every process, and the locking one has what the others accepted before the lock', async () => {
    const { a, b } = twoProcesses();
    const anna = await a.connect();
    const bo = await b.connect();
    bo.type('just before the lock');
    await a.registry.setLocked('doc', true);
    const version = await a.registry.withRoom('doc', (room) => room.doc.getText('t').toString());
    expect(version).toBe('just before the lock');
    await vi.waitFor(() => expect(valuesOf(bo.socket, MessageType.Access)).toEqual([Access.Finalised]));
    expect(valuesOf(anna.socket, MessageType.Access)).toEqual([Access.Finalised]);
    bo.type(' refused');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(anna.text()).toBe('just before the lock');
    await a.registry.setLocked('doc', false);
    await vi.waitFor(() =>
      expect(valuesOf(bo.socket, MessageType.Access)).toEqual([
        Access.Finalised,
        Access.Finalised,
        Access.Writable,
      ]),
    );
  });

  it('compacts only what it has read, so updates it missed survive', async () => {
    const { store, busB, a, b } = twoProcesses({ compactEvery: 3 });
    const anna = await a.connect();
    const bo = await b.connect();
    busB.disconnect();
    anna.type('A1 ');
    await vi.waitFor(async () => expect(await storedText(store)).toBe('A1 '));
    for (const word of ['B1 ', 'B2 ', 'B3 ']) {
      bo.type(word);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await vi.waitFor(async () => expect((await store.load('doc')).updates.length).toBeLessThan(4));
    const stored = await storedText(store);
    expect(stored).toContain('A1');
    expect(stored).toContain('B3');
  });

  it('passes frames and disconnects to the other processes', async () => {
    const { a, b } = twoProcesses();
    await a.connect();
    const bo = await b.connect();
    a.registry.broadcast('doc', Frame.stateChanged());
    await vi.waitFor(() => expect(bo.socket.types()).toContain(MessageType.StateChanged));
    a.registry.disconnectAll('doc', CloseCode.ShuttingDown);
    await vi.waitFor(() => expect(bo.socket.closed?.code).toBe(CloseCode.ShuttingDown));
  });

  it('protects an element verified in one process from edits made through the other', async () => {
    const { a, b } = twoProcesses();
    await a.connect();
    const bo = await b.connect();
    const decisionText = (doc: Y.Doc) =>
      (doc.getXmlFragment(DOCUMENT_FIELD).get(0) as Y.XmlElement | undefined)?.toString() ?? '';
    bo.socket.clientSends(
      updateFrame(bo.doc, (doc) => {
        const decision = new Y.XmlElement('decision');
        decision.setAttribute('id', 'd1');
        decision.insert(0, [new Y.XmlText('Beslut')]);
        doc.getXmlFragment(DOCUMENT_FIELD).insert(0, [decision]);
      }),
    );
    await vi.waitFor(async () =>
      expect(await a.registry.withRoom('doc', (room) => room.elementName('d1'))).toBe('decision'),
    );
    await a.registry.withRoom('doc', (room) => room.protect('d1', { verifiedBy: 'Eva' }));
    await vi.waitFor(() => {
      const seen = new Y.Doc();
      Y.applyUpdate(seen, Y.encodeStateAsUpdate(bo.doc));
      bo.socket.applyTo(seen);
      expect(decisionText(seen)).toContain('verifiedBy="Eva"');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    bo.socket.clientSends(
      updateFrame(bo.doc, (doc) => {
        const decision = doc.getXmlFragment(DOCUMENT_FIELD).get(0) as Y.XmlElement;
        (decision.get(0) as Y.XmlText).insert(0, 'Ändrat ');
      }),
    );
    await vi.waitFor(async () => {
      const text = await b.registry.withRoom('doc', (room) => room.textOf('d1'));
      expect(text).toBe('Beslut');
    });
  });
});
