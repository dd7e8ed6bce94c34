import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../Logger.js';
import {
  type BusListener,
  type BusMessage,
  decodeBusMessage,
  encodeBusMessage,
  type RoomBus,
} from './RoomBus.js';

const PREFIX = 'minutes:';
/** The topic every process hears. */
const EVERYONE = 'everyone';

/**
 * A `RoomBus` over Redis pub/sub: one channel per topic (a document), and one per process for
 * replies. Two connections, since a subscribed Redis connection can do nothing else. Publishing
 * while Redis is away fails at once instead of queueing: what is missed is read from the
 * database after the reconnect.
 */
export class RedisRoomBus implements RoomBus {
  readonly id = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Map<string, BusListener>();
  private readonly replyListeners: BusListener[] = [];
  private readonly reconnectListeners: Array<() => void> = [];
  private readonly lost = { subscriber: false, publisher: false };
  private readonly wasReady = { subscriber: false, publisher: false };

  private constructor(
    url: string,
    private readonly log: Logger,
  ) {
    this.publisher = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: true,
    });
    this.subscriber = new Redis(url, { lazyConnect: true });
    for (const [role, connection] of [
      ['publisher', this.publisher],
      ['subscriber', this.subscriber],
    ] as const) {
      connection.on('error', (error: Error) => this.log.warn('redis connection error', { role, error }));
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, data: Buffer) => this.deliver(channel, data));
    for (const role of ['subscriber', 'publisher'] as const) {
      this[role].on('close', () => {
        if (this.wasReady[role]) this.lost[role] = true;
      });
      this[role].on('ready', () => {
        this.wasReady[role] = true;
        if (!this.lost[role]) return;
        this.lost[role] = false;
        if (role === 'subscriber') void this.resubscribed();
        // What this process published meanwhile is lost: the others read the database again.
        else void this.publish(EVERYONE, { kind: 'resync' }).catch(() => undefined);
      });
    }
  }

  /**
   * The subscriptions are renewed (ioredis sends them as it turns ready; the PING is answered
   * after them): from now on nothing is missed, and what was is in the database.
   */
  private async resubscribed(): Promise<void> {
    await this.subscriber.ping().catch(() => undefined);
    this.log.info('redis is back; reading the open documents again');
    this.missed();
  }

  private missed(): void {
    for (const listener of this.reconnectListeners) listener();
  }

  /** Connects both connections; rejects when Redis cannot be reached. */
  static async connect(url: string, log: Logger): Promise<RedisRoomBus> {
    const bus = new RedisRoomBus(url, log);
    try {
      await Promise.all([bus.publisher.connect(), bus.subscriber.connect()]);
      await bus.subscriber.subscribe(bus.channel(`process:${bus.id}`), bus.channel(EVERYONE));
    } catch (error) {
      bus.publisher.disconnect();
      bus.subscriber.disconnect();
      throw error;
    }
    return bus;
  }

  async subscribe(topic: string, listener: BusListener): Promise<void> {
    this.listeners.set(this.channel(topic), listener);
    await this.subscriber.subscribe(this.channel(topic));
  }

  async unsubscribe(topic: string): Promise<void> {
    this.listeners.delete(this.channel(topic));
    await this.subscriber.unsubscribe(this.channel(topic));
  }

  async publish(topic: string, message: BusMessage): Promise<number> {
    return this.publisher.publish(this.channel(topic), Buffer.from(encodeBusMessage(this.id, message)));
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
    this.listeners.clear();
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }

  private channel(topic: string): string {
    return `${PREFIX}${topic}`;
  }

  private deliver(channel: Buffer, data: Buffer): void {
    const name = channel.toString();
    let decoded: ReturnType<typeof decodeBusMessage>;
    try {
      decoded = decodeBusMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      this.log.warn('ignoring a malformed message from redis', { channel: name, error });
      return;
    }
    if (decoded.from === this.id) return;
    if (name === this.channel(EVERYONE)) {
      if (decoded.message.kind === 'resync') this.missed();
      return;
    }
    if (name === this.channel(`process:${this.id}`)) {
      for (const listener of this.replyListeners) listener(decoded.message, decoded.from);
      return;
    }
    this.listeners.get(name)?.(decoded.message, decoded.from);
  }
}
