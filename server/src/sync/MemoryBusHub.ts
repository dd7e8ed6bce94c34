import { randomUUID } from 'node:crypto';
import {
  type BusListener,
  type BusMessage,
  decodeBusMessage,
  encodeBusMessage,
  type RoomBus,
} from './RoomBus.js';

/**
 * Pub/sub within one process, for tests of several registries sharing documents: `bus()` makes
 * one process's end. Messages are encoded and delivered on a later turn, as over Redis, and can
 * be cut off (`disconnect`) to play a lost connection.
 */
export class MemoryBusHub {
  private readonly ends = new Set<MemoryRoomBus>();

  bus(): MemoryRoomBus {
    const end = new MemoryRoomBus(this);
    this.ends.add(end);
    return end;
  }

  /** @internal */
  deliver(channel: string, data: Uint8Array): number {
    let received = 0;
    for (const end of this.ends) {
      if (end.hears(channel)) {
        received += 1;
        setImmediate(() => end.receive(channel, data));
      }
    }
    return received;
  }

  /** @internal */
  remove(end: MemoryRoomBus): void {
    this.ends.delete(end);
  }
}

export class MemoryRoomBus implements RoomBus {
  readonly id = randomUUID();
  private readonly listeners = new Map<string, BusListener>();
  private readonly replyListeners: BusListener[] = [];
  private readonly reconnectListeners: Array<() => void> = [];
  private connected = true;

  constructor(private readonly hub: MemoryBusHub) {}

  hears(channel: string): boolean {
    return this.connected && (this.listeners.has(channel) || channel === `process:${this.id}`);
  }

  receive(channel: string, data: Uint8Array): void {
    if (!this.connected) return;
    const { from, message } = decodeBusMessage(data);
    if (from === this.id) return;
    if (channel === `process:${this.id}`) {
      for (const listener of this.replyListeners) listener(message, from);
      return;
    }
    this.listeners.get(channel)?.(message, from);
  }

  /** Stops hearing and sending, as when Redis goes away. */
  disconnect(): void {
    this.connected = false;
  }

  /** Hears and sends again, and tells the listeners that messages may have been missed. */
  reconnect(): void {
    this.connected = true;
    for (const listener of this.reconnectListeners) listener();
  }

  async subscribe(topic: string, listener: BusListener): Promise<void> {
    this.listeners.set(topic, listener);
  }

  async unsubscribe(topic: string): Promise<void> {
    this.listeners.delete(topic);
  }

  async publish(topic: string, message: BusMessage): Promise<number> {
    if (!this.connected) throw new Error('the bus is disconnected');
    return this.hub.deliver(topic, encodeBusMessage(this.id, message));
  }

  async reply(process: string, message: BusMessage): Promise<void> {
    await this.publish(`process:${process}`, message);
  }

  onReply(listener: BusListener): void {
    this.replyListeners.push(listener);
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  async close(): Promise<void> {
    this.hub.remove(this);
  }
}
