import { randomUUID } from 'node:crypto';
import { CloseCode } from '@minutes/shared';
import type { Logger } from '../Logger.js';
import type { Connection } from './Connection.js';
import { Room, type RoomOptions } from './Room.js';
import type { BusMessage, RoomBus } from './RoomBus.js';

/** How long stopping waits for a document's updates to be stored. */
const CLOSE_GRACE_MS = 10_000;

export interface RoomRegistryOptions extends Omit<RoomOptions, 'publish'> {
  unloadAfterMs: number;
  log: Logger;
  /** Shares the documents with other server processes; absent when this is the only one. */
  bus?: {
    bus: RoomBus;
    /** Names this registry's documents on the bus (drafts and published copies differ). */
    scope: string;
    /** Every loaded document is read from the database again this often (messages can be lost). */
    resyncEveryMs: number;
    /** How long a lock waits for the other processes to store what they accepted before it. */
    lockTimeoutMs: number;
  };
}

/**
 * The one place documents are loaded and unloaded. Concurrent joins of a document share one load;
 * a room is registered only after its load succeeded; it is unloaded only when it has no
 * connections and nothing left to write, checked again after every await.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loads = new Map<string, Promise<Room>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Documents the server itself is using (`withRoom`), which must not be unloaded. */
  private readonly held = new Map<string, number>();
  private closing = false;
  /** Documents whose bus topic this process is subscribed to. */
  private readonly subscribed = new Set<string>();
  private readonly lockReplies = new Map<string, () => void>();
  private readonly resyncTimer: NodeJS.Timeout | undefined;
  private readonly roomOptions: RoomOptions;

  constructor(private readonly options: RoomRegistryOptions) {
    const shared = options.bus;
    this.roomOptions = shared
      ? {
          ...options,
          publish: (name, message) =>
            void shared.bus.publish(this.topic(name), message).catch((error: unknown) => {
              // Lost between processes; the others read it from the database when they resync.
              options.log.debug('could not publish to the other processes', { document: name, error });
            }),
        }
      : options;
    if (shared) {
      shared.bus.onReply((message) => {
        if (message.kind === 'locked') this.lockReplies.get(message.request)?.();
      });
      shared.bus.onReconnect(() => void this.resyncAll());
      this.resyncTimer = setInterval(() => void this.resyncAll(), shared.resyncEveryMs);
      this.resyncTimer.unref();
    }
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** Loads the document if needed and attaches the connection in the same turn as the load settles. */
  async join(name: string, connection: Connection): Promise<void> {
    if (this.closing) {
      connection.close(CloseCode.ShuttingDown);
      return;
    }
    let room = this.rooms.get(name);
    if (room?.hasFailed) {
      this.drop(room);
      room = undefined;
    }
    if (!room) {
      try {
        room = await this.load(name);
      } catch (error) {
        this.options.log.error('loading a document failed', { document: name, error });
        connection.close(CloseCode.StorageUnavailable);
        return;
      }
    }
    if (connection.isClosed) {
      this.scheduleUnload(room);
      return;
    }
    this.cancelUnload(name);
    room.addConnection(connection);
    connection.onClose(() => {
      room.removeConnection(connection);
      if (room.connections.size === 0) void this.lastLeft(room);
    });
    connection.attach(room);
  }

  /**
   * Runs `use` on the document, loading it for the while if nobody has it open. The room stays
   * loaded until `use` settles.
   */
  async withRoom<T>(name: string, use: (room: Room) => Promise<T> | T): Promise<T> {
    if (this.closing) throw new Error('the server is shutting down');
    let room = this.rooms.get(name);
    if (room?.hasFailed) {
      this.drop(room);
      room = undefined;
    }
    room ??= await this.load(name);
    this.cancelUnload(name);
    const held = room;
    this.held.set(name, (this.held.get(name) ?? 0) + 1);
    try {
      return await use(held);
    } finally {
      const left = (this.held.get(name) ?? 1) - 1;
      if (left > 0) this.held.set(name, left);
      else this.held.delete(name);
      if (held.connections.size === 0 && left <= 0) void this.lastLeft(held);
    }
  }

  /**
   * Locks (or unlocks) a loaded document, also one still loading. A document that is not loaded
   * reads its lock when it loads, so callers store the lock first and then call this.
   */
  async setLocked(name: string, locked: boolean): Promise<void> {
    const loading = this.loads.get(name);
    if (loading) await loading.catch(() => undefined);
    this.rooms.get(name)?.setLocked(locked);
    const shared = this.options.bus;
    if (!shared) return;
    await this.lockElsewhere(name, locked, shared);
    // What the others stored before they locked is read here, so that a version made now holds
    // every accepted change.
    await this.rooms.get(name)?.resync();
  }

  /**
   * Locks (or unlocks) the document in the other processes that have it loaded. A lock waits
   * until each has answered that what it accepted before the lock is stored, or for
   * `lockTimeoutMs`; Redis says how many received it.
   */
  private async lockElsewhere(
    name: string,
    locked: boolean,
    shared: NonNullable<RoomRegistryOptions['bus']>,
  ): Promise<void> {
    const request = randomUUID();
    let answered = 0;
    let expected = Number.POSITIVE_INFINITY;
    let done: () => void = () => undefined;
    const allAnswered = new Promise<void>((resolve) => {
      done = resolve;
    });
    this.lockReplies.set(request, () => {
      answered += 1;
      if (answered >= expected) done();
    });
    try {
      const received = await shared.bus
        .publish(this.topic(name), { kind: 'lock', locked, reply: locked ? request : null })
        .catch(() => 0);
      expected = received - (this.subscribed.has(name) ? 1 : 0);
      if (!locked || answered >= expected) return;
      const timeout = setTimeout(done, shared.lockTimeoutMs);
      await allAnswered;
      clearTimeout(timeout);
      if (answered < expected) {
        this.options.log.warn('not every process confirmed a lock in time', {
          document: name,
          answered,
          expected,
        });
      }
    } finally {
      this.lockReplies.delete(request);
    }
  }

  /** Sends a frame to everyone on the document, here and in the other processes. */
  broadcast(name: string, frame: Uint8Array): void {
    this.rooms.get(name)?.broadcast(frame);
    this.roomOptions.publish?.(name, { kind: 'frame', frame });
  }

  /** Closes every connection to a document, for example when what it serves was replaced. */
  disconnectAll(name: string, code: CloseCode): void {
    this.closeConnections(name, code);
    this.roomOptions.publish?.(name, { kind: 'disconnect', code });
  }

  /** Reads every loaded document from the database again; resolves when all are read. */
  async resyncAll(): Promise<void> {
    await Promise.all(
      [...this.rooms.values()].map((room) =>
        room.resync().catch((error: unknown) => {
          this.options.log.warn('reading a document again failed', { document: room.name, error });
        }),
      ),
    );
  }

  /** Writes everything, closes every connection and unloads every document. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.resyncTimer);
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    await Promise.allSettled([...this.loads.values()]);
    await Promise.all(
      [...this.rooms.values()].map(async (room) => {
        for (const connection of [...room.connections]) connection.close(CloseCode.ShuttingDown);
        // Appends that keep failing (the database is away) give up after a while.
        const giveUp = setTimeout(() => room.abandon(), CLOSE_GRACE_MS);
        await this.settle(room);
        clearTimeout(giveUp);
        this.drop(room);
      }),
    );
  }

  private load(name: string): Promise<Room> {
    const inFlight = this.loads.get(name);
    if (inFlight) return inFlight;
    const load = Room.load(name, this.roomOptions)
      .then(async (room) => {
        await this.subscribe(room);
        this.rooms.set(name, room);
        return room;
      })
      .finally(() => this.loads.delete(name));
    this.loads.set(name, load);
    return load;
  }

  /** The last person left: write everything now, unload later if nobody comes back. */
  private async lastLeft(room: Room): Promise<void> {
    await this.settle(room);
    this.scheduleUnload(room);
  }

  private async settle(room: Room): Promise<void> {
    try {
      await room.whenIdle();
      if (room.connections.size === 0 && !room.hasFailed)
        await this.options.observer?.idle(room.name, room.doc);
      if (room.connections.size === 0) await room.compact();
    } catch (error) {
      this.options.log.error('compacting a document failed', { document: room.name, error });
    }
  }

  private scheduleUnload(room: Room): void {
    if (this.closing || this.rooms.get(room.name) !== room) return;
    this.cancelUnload(room.name);
    const timer = setTimeout(() => void this.unload(room), this.options.unloadAfterMs);
    timer.unref();
    this.unloadTimers.set(room.name, timer);
  }

  private cancelUnload(name: string): void {
    const timer = this.unloadTimers.get(name);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(name);
  }

  private async unload(room: Room): Promise<void> {
    this.unloadTimers.delete(room.name);
    if (!this.unused(room)) return;
    await this.settle(room);
    if (!this.unused(room)) return;
    this.drop(room);
  }

  private unused(room: Room): boolean {
    return room.connections.size === 0 && !this.held.has(room.name) && this.rooms.get(room.name) === room;
  }

  private drop(room: Room): void {
    if (this.rooms.get(room.name) === room) {
      this.rooms.delete(room.name);
      this.unsubscribe(room.name);
    }
    room.destroy();
  }

  private topic(name: string): string {
    return `${this.options.bus?.scope}:${name}`;
  }

  /**
   * Hears the other processes from now on, then reads what they stored while this one loaded.
   * Without Redis the document still loads: it is read again on the timer and after the reconnect.
   */
  private async subscribe(room: Room): Promise<void> {
    const shared = this.options.bus;
    if (!shared) return;
    try {
      await shared.bus.subscribe(this.topic(room.name), (message, from) => this.fromBus(room, message, from));
      this.subscribed.add(room.name);
    } catch (error) {
      this.options.log.warn('could not subscribe to the other processes', { document: room.name, error });
    }
    try {
      await room.resync();
    } catch (error) {
      room.destroy();
      throw error;
    }
  }

  private unsubscribe(name: string): void {
    const shared = this.options.bus;
    if (!shared || !this.subscribed.delete(name)) return;
    void shared.bus.unsubscribe(this.topic(name)).catch(() => undefined);
  }

  /** Also while the room is still loading: its resync may have read the database just before. */
  private fromBus(room: Room, message: BusMessage, from: string): void {
    switch (message.kind) {
      case 'update':
        room.applyRemote(message.update);
        return;
      case 'awareness':
        room.applyRemoteAwareness(message.update);
        return;
      case 'protect':
        room.protectRemote(message.id);
        return;
      case 'frame':
        room.broadcast(message.frame);
        return;
      case 'disconnect':
        this.closeConnections(room.name, message.code as CloseCode);
        return;
      case 'lock': {
        room.setLocked(message.locked);
        const { reply } = message;
        if (reply === null) return;
        void room.whenIdle().then(() => {
          room.announceStored();
          return this.options.bus?.bus.reply(from, { kind: 'locked', request: reply });
        });
        return;
      }
      case 'locked':
        return;
    }
  }

  private closeConnections(name: string, code: CloseCode): void {
    const room = this.rooms.get(name);
    if (room) for (const connection of [...room.connections]) connection.close(code);
  }
}
