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
    if (room.connections.size > 0 || this.rooms.get(room.name) !== room) return;
    await this.settle(room);
    if (room.connections.size > 0 || this.rooms.get(room.name) !== room) return;
    this.drop(room);
  }

  private drop(room: Room): void {
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
    room.destroy();
  }
}
