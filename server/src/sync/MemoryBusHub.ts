import { randomUUID } from 'node:crypto';
import { type BusMessage, encodeBusMessage, RoomBusBase } from './RoomBus.js';

/**
 * Pub/sub within one process, for tests of several registries sharing documents: `bus()` makes
 * one process's end. Messages are encoded and delivered on a later turn, as over Redis, and an
 * end can be cut off (`disconnect`) to play a lost connection.
 */
export class MemoryBusHub {
  private readonly ends = new Set<MemoryRoomBus>();

  bus(): MemoryRoomBus {
    const end = new MemoryRoomBus(this);
    this.ends.add(end);
    return end;
  }

  /** @internal Delivers to every end that hears the topic; returns how many. */
  deliver(topic: string, data: Uint8Array): number {
    let received = 0;
    for (const end of this.ends) {
      if (end.accepts(topic)) {
        received += 1;
        setImmediate(() => end.receive(topic, data));
      }
    }
    return received;
  }

  /** @internal */
  remove(end: MemoryRoomBus): void {
    this.ends.delete(end);
  }
}

export class MemoryRoomBus extends RoomBusBase {
  readonly id = randomUUID();
  private connected = true;

  constructor(private readonly hub: MemoryBusHub) {
    super();
  }

  /** @internal */
  accepts(topic: string): boolean {
    return this.connected && this.hears(topic);
  }

  /** @internal */
  receive(topic: string, data: Uint8Array): void {
    if (this.connected) this.deliver(topic, data);
  }

  /** Stops hearing and sending, as when Redis goes away. */
  disconnect(): void {
    this.connected = false;
  }

  /** Hears and sends again, and tells the registries that messages may have been missed. */
  reconnect(): void {
    this.connected = true;
    this.missed();
  }

  async publish(topic: string, message: BusMessage): Promise<number> {
    if (!this.connected) throw new Error('the bus is disconnected');
    return this.hub.deliver(topic, encodeBusMessage(this.id, message));
  }

  async close(): Promise<void> {
    this.hub.remove(this);
  }

  protected async listen(): Promise<void> {}

  protected async stopListening(): Promise<void> {}
}
