import { CloseCode } from '@minutes/shared';
import type { Logger } from '../Logger.js';
import type { Connection } from './Connection.js';
import { Room, type RoomOptions } from './Room.js';

export interface RoomRegistryOptions extends RoomOptions {
  unloadAfterMs: number;
  log: Logger;
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

  constructor(private readonly options: RoomRegistryOptions) {}

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
  }

  /** Sends a frame to everyone on a loaded document; nobody is there when it is not loaded. */
  broadcast(name: string, frame: Uint8Array): void {
    this.rooms.get(name)?.broadcast(frame);
  }

  /** Closes every connection to a document, for example when what it serves was replaced. */
  disconnectAll(name: string, code: CloseCode): void {
    const room = this.rooms.get(name);
    if (room) for (const connection of [...room.connections]) connection.close(code);
  }

  /** Writes everything, closes every connection and unloads every document. */
  async close(): Promise<void> {
    this.closing = true;
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    await Promise.allSettled([...this.loads.values()]);
    await Promise.all(
      [...this.rooms.values()].map(async (room) => {
        for (const connection of [...room.connections]) connection.close(CloseCode.ShuttingDown);
        await this.settle(room);
        this.drop(room);
      }),
    );
  }

  private load(name: string): Promise<Room> {
    const inFlight = this.loads.get(name);
    if (inFlight) return inFlight;
    const load = Room.load(name, this.options)
      .then((room) => {
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
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
    room.destroy();
  }
}
