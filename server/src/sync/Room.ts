import { Access, CloseCode, DOCUMENT_FIELD, MessageType, Storage } from '@minutes/shared';
import * as decoding from 'lib0/decoding';
import * as random from 'lib0/random';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Logger } from '../Logger.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { Connection } from './Connection.js';
import { removeMisplacedContent } from './documentShape.js';
import { Frame } from './Frame.js';
import { ProtectedNodes } from './ProtectedNodes.js';
import type { BusMessage } from './RoomBus.js';

/** Told about documents as they change; the minutes extraction listens here. */
export interface RoomObserver {
  /** Updates were stored. */
  changed(name: string, doc: Y.Doc): void;
  /** The last connection left and everything is stored. */
  idle(name: string, doc: Y.Doc): Promise<void>;
}

export interface RoomOptions {
  store: DocumentStore;
  log: Logger;
  maxDocumentBytes: number;
  compactEvery: number;
  /**
   * In a busy document, a flush that would follow the previous one within this many milliseconds
   * waits until they have passed: while many type at once, their keystrokes are stored and sent as
   * one update per window instead of one each. 0: never wait.
   */
  flushWindowMs?: number;
  /**
   * Updates within 100 ms from which a document counts as busy (default 10, a hundred keystrokes a
   * second). Below it every keystroke is stored and sent at once.
   */
  busyUpdates?: number;
  /** Writes the initial content of a document that has never been stored. */
  seed?: (name: string, doc: Y.Doc) => Promise<void>;
  observer?: RoomObserver;
  /** Whether the document is locked (finalised), and which of its elements are, when it loads. */
  locks?: (name: string) => Promise<{ locked: boolean; protectedNodes: string[] }>;
  /**
   * Tells the other server processes that have the document loaded (`RoomBus`): stored updates,
   * awareness, verified elements. Absent when this process is the only one.
   */
  publish?: (name: string, message: BusMessage) => void;
}

/** The origin of changes another server process stored and published. */
const REMOTE = Symbol('remote');
/** The origin of the stored document read into a room that has just loaded. */
const LOADED = Symbol('loaded');

/** A loaded document nobody has asked for is read into memory after this long anyway. */
const INTEGRATE_AFTER_MS = 50;

/** Who writes a new document's seed: the same in every process, so two seeds are one. */
const SEED_CLIENT_ID = 1;

class FrameError extends Error {}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** The period over which updates are counted to tell whether a document is busy. */
const BUSY_PERIOD_MS = 100;
const BUSY_UPDATES = 10;

/** Waits between attempts to store while the database is away; the last repeats until it is back. */
const SAVE_RETRY_DELAYS_MS = [50, 250, 1000, 2000, 5000];

/**
 * One loaded document and the connections editing it.
 *
 * Updates from clients are applied to the Y.Doc at once, collected, and at the end of the
 * event-loop turn (in a busy document, of the flush window after the previous flush) merged into
 * one update that is appended to the store, and only then broadcast.
 * Answers to sync requests are also sent only then, so no client ever receives state the store
 * does not hold. While an append is in flight, incoming frames wait in the inbox, in arrival order.
 * When the database is away, appends are retried until it is back, and editors are told that
 * nothing is being saved meanwhile (`MessageType.Storage`).
 *
 * With several server processes, stored updates are published to the others, which apply them
 * and send them on without storing them again; `resync` reads what a lost message carried.
 */
export class Room {
  private readonly ydoc: Y.Doc;
  readonly awareness: Awareness;
  readonly connections = new Set<Connection>();
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private pendingOrigins = new Set<Connection>();
  /** The pending batch holds changes the server made itself, which no client has yet. */
  private pendingFromServer = false;
  private locked = false;
  private readonly protectedNodes: ProtectedNodes;
  private syncRequests: Array<{ connection: Connection; stateVector: Uint8Array }> = [];
  private savedRequests = new Set<Connection>();
  private inbox: Array<{ connection: Connection; frame: Uint8Array }> = [];
  private flushScheduled = false;
  private flushing = false;
  /** When the last flush began (`performance.now()`). */
  private lastFlushAt = Number.NEGATIVE_INFINITY;
  /** Updates from editors since `countedSince`, and whether the document counts as busy. */
  private countedSince = Number.NEGATIVE_INFINITY;
  private counted = 0;
  private busy = false;
  private idleWaiters: Array<() => void> = [];
  private failed = false;
  private destroyed = false;
  /** Appends are failing; editors have been told that nothing is being saved. */
  private notSaving = false;
  /** Set when the server stops: appends still failing then give up. */
  private abandoned = false;
  private lastSeq: number;
  /** Every stored update up to this sequence number has been read into the document. */
  private readSeq: number;
  /**
   * The whole document as loaded, until it first changes: a client that has nothing yet (most who
   * open a meeting) is sent these bytes instead of a new encoding of the document.
   */
  private loadedState: Uint8Array | null = null;
  /**
   * The stored document, not yet read into `ydoc`: the first people to open a meeting are sent
   * `loadedState` before the server spends time reading it (`integrate`).
   */
  private unintegrated: Uint8Array | null;
  /** Connections still to be sent the server's sync step 1, which needs the integrated document. */
  private awaitingStep1 = new Set<Connection>();
  private integrateTimer: NodeJS.Timeout | undefined;
  private storedBytes: number;
  private appendsSinceCompaction: number;

  private constructor(
    readonly name: string,
    private readonly options: RoomOptions,
    doc: Y.Doc,
    stored: { lastSeq: number; bytes: number; rows: number; state: Uint8Array | null; integrated: boolean },
  ) {
    this.ydoc = doc;
    this.loadedState = stored.state;
    this.unintegrated = stored.integrated ? null : stored.state;
    this.awareness = new Awareness(doc);
    // The server holds no awareness state of its own.
    this.awareness.setLocalState(null);
    this.lastSeq = stored.lastSeq;
    this.readSeq = stored.lastSeq;
    this.storedBytes = stored.bytes;
    this.appendsSinceCompaction = stored.rows;
    this.protectedNodes = new ProtectedNodes(doc.getXmlFragment(DOCUMENT_FIELD));
    doc.on('update', (update: Uint8Array, origin: unknown) => this.collect(update, origin));
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      // What was stored was looked at when it arrived.
      if (transaction.origin === LOADED || !removeMisplacedContent(transaction)) return;
      // Hostile or broken: what no editor can read is gone for everyone, and the sender is closed.
      this.options.log.warn('removed content a minutes document cannot hold', { document: this.name });
      const origin = transaction.origin as Connection | null;
      if (origin && this.connections.has(origin)) origin.close(CloseCode.BadFrame);
    });
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) =>
      this.relayAwareness(change, origin),
    );
  }

  static async load(name: string, options: RoomOptions): Promise<Room> {
    const doc = new Y.Doc({ gc: true });
    try {
      const stored = await options.store.load(name);
      let lastSeq = stored.lastSeq;
      let bytes = 0;
      let state: Uint8Array | null = null;
      if (stored.updates.length > 0) {
        state =
          stored.updates.length === 1 ? (stored.updates[0] as Uint8Array) : Y.mergeUpdates(stored.updates);
        for (const update of stored.updates) bytes += update.byteLength;
      } else if (options.seed) {
        // Processes that seed the same new document at once write identical updates.
        doc.clientID = SEED_CLIENT_ID;
        await options.seed(name, doc);
        doc.clientID = random.uint32();
        state = Y.encodeStateAsUpdate(doc);
        lastSeq = await options.store.append(name, state);
        bytes = state.byteLength;
      }
      const room = new Room(name, options, doc, {
        lastSeq,
        bytes,
        rows: stored.updates.length,
        state,
        // A seeded document is written into the document itself; a stored one is read later.
        integrated: stored.updates.length === 0,
      });
      const locks = await options.locks?.(name);
      if (locks) {
        room.locked = locks.locked;
        for (const id of locks.protectedNodes) room.protectedNodes.add(id);
      }
      if (stored.updates.length > options.compactEvery) await room.compact();
      return room;
    } catch (error) {
      doc.destroy();
      throw error;
    }
  }

  /** The document, read from the stored bytes first if that has not happened yet. */
  get doc(): Y.Doc {
    this.integrate();
    return this.ydoc;
  }

  addConnection(connection: Connection): void {
    this.connections.add(connection);
    if (connection.options.schemaOutdated) connection.send(Frame.schemaOutdated());
    else if (connection.options.readOnly) connection.send(Frame.access(Access.ReadOnlyRole));
    else if (this.locked) connection.send(Frame.access(Access.Finalised));
    if (this.notSaving) connection.send(Frame.storage(Storage.NotSaving));
    if (this.unintegrated) {
      // Answered first (from the stored bytes); read into the document right after.
      this.awaitingStep1.add(connection);
      this.integrateSoon();
    } else connection.send(Frame.syncStep1(this.ydoc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) connection.send(Frame.awareness(this.awareness, states));
  }

  removeConnection(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.awaitingStep1.delete(connection);
    this.savedRequests.delete(connection);
    if (connection.awarenessClients.size > 0) {
      removeAwarenessStates(this.awareness, [...connection.awarenessClients], null);
    }
  }

  receive(connection: Connection, frame: Uint8Array): void {
    if (this.flushing) {
      this.inbox.push({ connection, frame });
      return;
    }
    this.handle(connection, frame);
  }

  /** Applies an update another server process stored, and sends it on to this one's editors. */
  applyRemote(update: Uint8Array): void {
    if (this.failed || this.destroyed) return;
    Y.applyUpdate(this.doc, update, REMOTE);
  }

  applyRemoteAwareness(update: Uint8Array): void {
    if (this.failed || this.destroyed) return;
    applyAwarenessUpdate(this.awareness, update, REMOTE);
  }

  /**
   * Reads the stored document into `ydoc`, once, and sends the server's sync step 1 to those who
   * joined before. Everything that reads or changes the document calls this first.
   */
  private integrate(): void {
    const state = this.unintegrated;
    if (state === null || this.destroyed) return;
    this.unintegrated = null;
    clearTimeout(this.integrateTimer);
    Y.applyUpdate(this.ydoc, state, LOADED);
    const waiting = this.awaitingStep1;
    this.awaitingStep1 = new Set();
    if (waiting.size === 0) return;
    const frame = Frame.syncStep1(this.ydoc);
    for (const connection of waiting) if (!connection.isClosed) connection.send(frame);
  }

  /**
   * Integrates once the first sync request was answered, or after a moment when none comes
   * (the server's own sync step 1 waits for it).
   */
  private integrateSoon(): void {
    if (this.integrateTimer) return;
    this.integrateTimer = setTimeout(() => this.integrate(), INTEGRATE_AFTER_MS);
    this.integrateTimer.unref();
  }

  /** An element another process protected (`protect`). */
  protectRemote(id: string): void {
    this.protectedNodes.add(id);
  }

  /**
   * Reads what other processes stored since the last read and applies it: after a message between
   * processes may have been lost, and before a compaction deletes rows this document must hold.
   */
  async resync(): Promise<void> {
    if (this.failed || this.destroyed) return;
    const stored = await this.options.store.load(this.name, this.readSeq);
    if (this.failed || this.destroyed || stored.lastSeq <= this.readSeq) return;
    if (stored.updates.length > 0) {
      Y.applyUpdate(
        this.doc,
        stored.updates.length === 1 ? (stored.updates[0] as Uint8Array) : Y.mergeUpdates(stored.updates),
        REMOTE,
      );
    }
    this.readSeq = stored.lastSeq;
  }

  /** The server is stopping: appends that still fail give up, and the document is closed. */
  abandon(): void {
    this.abandoned = true;
  }

  /** Resolves once nothing is waiting to be written or sent. */
  whenIdle(): Promise<void> {
    if (!this.flushing && !this.flushScheduled && this.inbox.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  get hasFailed(): boolean {
    return this.failed;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /**
   * Locks or unlocks the document for everyone. From the moment this returns, no update is
   * applied; those applied before are written by the next flush (await `whenIdle`).
   */
  setLocked(locked: boolean): void {
    if (this.locked === locked) return;
    this.locked = locked;
    const frame = Frame.access(locked ? Access.Finalised : Access.Writable);
    for (const connection of this.connections) {
      if (!connection.options.readOnly) connection.send(frame);
    }
  }

  /**
   * Tells every client that asks for `Saved` frames what is stored now. After a lock, a client
   * whose own changes this does not cover knows they were refused.
   */
  announceStored(): void {
    const frame = Frame.saved(this.doc);
    for (const connection of this.connections) {
      if (connection.options.wantsSaved) connection.send(frame);
    }
  }

  /** Sends a frame to every connection. */
  broadcast(frame: Uint8Array): void {
    for (const connection of this.connections) connection.send(frame);
  }

  /**
   * Marks an element as verified and protects it from any further change. Returns false when the
   * document holds no such element.
   */
  protect(id: string, attributes: Record<string, string>): boolean {
    this.integrate();
    const element = this.protectedNodes.find(id);
    if (!element) return false;
    this.doc.transact(() => {
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    });
    this.protectedNodes.add(id);
    this.options.publish?.(this.name, { kind: 'protect', id });
    return true;
  }

  /**
   * Sets attributes of an element as the server, for everyone (a task's status set in the
   * tracker). Returns false when the document holds no such element.
   */
  setAttributes(id: string, attributes: Record<string, string>): boolean {
    this.integrate();
    const element = this.protectedNodes.find(id);
    if (!element) return false;
    this.doc.transact(() => {
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    });
    return true;
  }

  /** The node type of an element. */
  elementName(id: string): string | undefined {
    this.integrate();
    return this.protectedNodes.find(id)?.nodeName;
  }

  /** The text of an element, for the record. */
  textOf(id: string): string | undefined {
    this.integrate();
    const element = this.protectedNodes.find(id);
    return element && textOf(element);
  }

  /** Replaces the stored log with one row holding the whole document. Call only when idle. */
  async compact(): Promise<void> {
    if (this.failed || this.destroyed || this.appendsSinceCompaction <= 1) return;
    // Other processes append to the same log: delete only rows this document has read.
    if (this.options.publish) await this.resync();
    const throughSeq = Math.max(this.lastSeq, this.options.publish ? this.readSeq : 0);
    const state = Y.encodeStateAsUpdate(this.doc);
    this.lastSeq = await this.options.store.compact(this.name, throughSeq, state);
    this.storedBytes = state.byteLength;
    this.appendsSinceCompaction = 1;
  }

  /** Compaction only saves space: when it fails, the log is as it was, and it is tried later. */
  private async compactOrWarn(): Promise<void> {
    try {
      await this.compact();
    } catch (error) {
      this.options.log.warn('compacting a document failed', { document: this.name, error });
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.integrateTimer);
    this.protectedNodes.destroy();
    this.awareness.destroy();
    this.ydoc.destroy();
  }

  private handle(connection: Connection, frame: Uint8Array): void {
    if (connection.isClosed || this.failed) return;
    try {
      this.dispatch(connection, frame);
    } catch (error) {
      this.options.log.warn('closing connection after a bad frame', { document: this.name, error });
      connection.close(CloseCode.BadFrame);
      return;
    }
    if (this.pending.length > 0 || this.syncRequests.length > 0 || this.savedRequests.size > 0) {
      this.scheduleFlush();
    }
  }

  private dispatch(connection: Connection, frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.Sync:
        this.handleSync(connection, decoder);
        break;
      case MessageType.Awareness:
        applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), connection);
        break;
      case MessageType.QueryAwareness:
        connection.send(Frame.awareness(this.awareness, [...this.awareness.getStates().keys()]));
        break;
      default:
        throw new FrameError(`unknown message type ${type}`);
    }
    if (decoding.hasContent(decoder)) throw new FrameError('trailing bytes after message');
  }

  private handleSync(connection: Connection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1:
        Y.decodeStateVector(payload);
        this.syncRequests.push({ connection, stateVector: payload });
        return;
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate:
        if (connection.options.readOnly || this.locked) {
          this.refuseWrite(connection);
          return;
        }
        if (this.storedBytes + this.pendingBytes + payload.byteLength > this.options.maxDocumentBytes) {
          this.options.log.warn('refusing an update beyond the document size limit', { document: this.name });
          connection.close(CloseCode.DocumentTooLarge);
          return;
        }
        this.integrate();
        if (this.protectedNodes.apply(payload, connection)) {
          this.options.log.info('undid a change to a verified element', { document: this.name });
        }
        if (connection.options.wantsSaved) this.savedRequests.add(connection);
        // Structs whose history is missing are held by Yjs without any event; ask the client for
        // everything we lack so that they can be integrated (and stored) at all.
        if (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null) {
          connection.send(Frame.syncStep1(this.doc));
        }
        return;
      default:
        throw new FrameError(`unknown sync message type ${syncType}`);
    }
  }

  /** A read-only client's write is dropped, and the client told so (at most once a second). */
  private refuseWrite(connection: Connection): void {
    const now = Date.now();
    if (now - connection.lastToldReadOnly < 1000) return;
    connection.lastToldReadOnly = now;
    const access = this.locked && !connection.options.readOnly ? Access.Finalised : Access.ReadOnlyRole;
    connection.send(Frame.access(access));
  }

  private collect(update: Uint8Array, origin: unknown): void {
    if (origin === LOADED) return;
    this.loadedState = null;
    if (origin === REMOTE) {
      // Stored already, by the process that published it.
      this.storedBytes += update.byteLength;
      const frame = Frame.update(update);
      for (const connection of this.connections) connection.send(frame);
      return;
    }
    this.countUpdate();
    this.pending.push(update);
    this.pendingBytes += update.byteLength;
    if (origin && this.connections.has(origin as Connection)) this.pendingOrigins.add(origin as Connection);
    else this.pendingFromServer = true;
    this.scheduleFlush();
  }

  private relayAwareness({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0 || this.destroyed) return;
    const connection = origin as Connection | null;
    if (connection && this.connections.has(connection)) {
      for (const client of added) connection.awarenessClients.add(client);
      for (const client of removed) connection.awarenessClients.delete(client);
    }
    const frame = Frame.awareness(this.awareness, changed);
    for (const peer of this.connections) peer.send(frame);
    if (origin !== REMOTE && this.options.publish) {
      this.options.publish(this.name, {
        kind: 'awareness',
        update: encodeAwarenessUpdate(this.awareness, changed),
      });
    }
  }

  /** A document is busy while it gets `busyUpdates` updates within 100 ms, in this period or the last. */
  private countUpdate(): void {
    const now = performance.now();
    const threshold = this.options.busyUpdates ?? BUSY_UPDATES;
    const elapsed = now - this.countedSince;
    if (elapsed >= BUSY_PERIOD_MS) {
      this.busy = elapsed < 2 * BUSY_PERIOD_MS && this.counted >= threshold;
      this.countedSince = now;
      this.counted = 0;
    }
    this.counted += 1;
    if (this.counted >= threshold) this.busy = true;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.flushing) return;
    this.flushScheduled = true;
    const window = this.busy ? (this.options.flushWindowMs ?? 0) : 0;
    const wait = window - (performance.now() - this.lastFlushAt);
    if (wait > 0) setTimeout(() => void this.flush(), wait);
    else setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    if (this.flushing || this.destroyed) return;
    this.flushing = true;
    this.lastFlushAt = performance.now();
    try {
      await this.writePending();
      if (this.answerSyncRequests() && this.unintegrated) setImmediate(() => this.integrate());
      if (this.appendsSinceCompaction >= this.options.compactEvery) await this.compactOrWarn();
    } catch (error) {
      this.fail(error);
    } finally {
      this.flushing = false;
    }
    if (this.pending.length > 0) this.scheduleFlush();
    const inbox = this.inbox;
    this.inbox = [];
    for (const { connection, frame } of inbox) this.handle(connection, frame);
    if (!this.flushScheduled && this.inbox.length === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private async writePending(): Promise<void> {
    if (this.pending.length > 0) {
      const update =
        this.pending.length === 1 ? (this.pending[0] as Uint8Array) : Y.mergeUpdates(this.pending);
      const origins = this.pendingOrigins;
      const fromServer = this.pendingFromServer;
      this.pending = [];
      this.pendingBytes = 0;
      this.pendingOrigins = new Set();
      this.pendingFromServer = false;
      this.lastSeq = await this.appendWithRetry(update);
      this.storedBytes += update.byteLength;
      this.appendsSinceCompaction += 1;
      const frame = Frame.update(update);
      // The only origin already has everything in this batch; with several, each lacks the others'.
      const skip = origins.size === 1 && !fromServer ? [...origins][0] : undefined;
      for (const connection of this.connections) {
        if (connection !== skip) connection.send(frame);
      }
      this.options.publish?.(this.name, { kind: 'update', update });
      this.options.observer?.changed(this.name, this.doc);
    }
    if (this.savedRequests.size > 0) {
      const frame = Frame.saved(this.doc);
      for (const connection of this.savedRequests) connection.send(frame);
      this.savedRequests.clear();
    }
  }

  /** Answers the sync requests; returns whether one was answered from the bytes as loaded. */
  private answerSyncRequests(): boolean {
    const requests = this.syncRequests;
    this.syncRequests = [];
    let whole: Uint8Array | undefined;
    for (const { connection, stateVector } of requests) {
      if (connection.isClosed) continue;
      if (isEmptyStateVector(stateVector)) {
        // Everyone who has nothing yet gets the same bytes, encoded once (or not at all).
        whole ??= Frame.syncStep2(this.loadedState ?? Y.encodeStateAsUpdate(this.doc));
        connection.send(whole);
      } else connection.send(Frame.syncStep2(Y.encodeStateAsUpdate(this.doc, stateVector)));
    }
    return whole !== undefined && this.unintegrated !== null;
  }

  /**
   * Appends, retrying for as long as it takes: updates are held (and not sent to anyone) until
   * they are stored. From the second failure on, editors are told that nothing is being saved.
   */
  private async appendWithRetry(update: Uint8Array): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      try {
        const seq = await this.options.store.append(this.name, update);
        if (this.notSaving) this.setNotSaving(false);
        return seq;
      } catch (error) {
        if (this.abandoned || this.destroyed) throw error;
        const delay = SAVE_RETRY_DELAYS_MS[Math.min(attempt, SAVE_RETRY_DELAYS_MS.length - 1)] as number;
        if (attempt === 1) this.setNotSaving(true);
        this.options.log.warn('append failed, retrying', {
          document: this.name,
          attempt: attempt + 1,
          error,
        });
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private setNotSaving(notSaving: boolean): void {
    this.notSaving = notSaving;
    if (notSaving) this.options.log.error('storage is failing; holding updates', { document: this.name });
    else this.options.log.info('storage is back; the held updates are stored', { document: this.name });
    const frame = Frame.storage(notSaving ? Storage.NotSaving : Storage.Saving);
    for (const connection of this.connections) {
      if (!connection.options.readOnly) connection.send(frame);
    }
  }

  /**
   * Storage gave up: the document in memory holds updates the store lacks, so it must never be
   * saved or served again. Clients keep their copies and send them again when they reconnect.
   */
  private fail(error: unknown): void {
    this.failed = true;
    this.options.log.error('storage failed, closing the document', { document: this.name, error });
    for (const connection of [...this.connections]) connection.close(CloseCode.StorageUnavailable);
    this.pending = [];
    this.pendingBytes = 0;
    this.inbox = [];
    this.syncRequests = [];
  }
}

/** The state vector of a document that holds nothing. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}

function textOf(element: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (element instanceof Y.XmlText) {
    return (element.toDelta() as Array<{ insert: unknown }>)
      .map((part) => (typeof part.insert === 'string' ? part.insert : ''))
      .join('');
  }
  if (element instanceof Y.XmlElement) return element.toArray().map(textOf).join('');
  return '';
}
