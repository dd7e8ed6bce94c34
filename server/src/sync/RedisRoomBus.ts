import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../Logger.js';
import { type BusMessage, EVERYONE, encodeBusMessage, RoomBusBase } from './RoomBus.js';

const PREFIX = 'minutes:';

/**
 * A `RoomBus` over Redis pub/sub: one channel per topic (a document), one per process for
 * replies, and one that every process hears. Two connections, since a subscribed Redis connection
 * can do nothing else. Publishing while Redis is away fails at once instead of queueing: what is
 * missed is read from the database after the reconnect.
 */
export class RedisRoomBus extends RoomBusBase {
  readonly id = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly lost = { subscriber: false, publisher: false };
  private readonly wasReady = { subscriber: false, publisher: false };

  private constructor(
    url: string,
    private readonly log: Logger,
  ) {
    super();
    this.publisher = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: true,
    });
    this.subscriber = new Redis(url, { lazyConnect: true });
    this.subscriber.on('messageBuffer', (channel: Buffer, data: Buffer) => this.arrived(channel, data));
    for (const role of ['subscriber', 'publisher'] as const) {
      this[role].on('error', (error: Error) => this.log.warn('redis connection error', { role, error }));
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

  /** Connects both connections; rejects when Redis cannot be reached. */
  static async connect(url: string, log: Logger): Promise<RedisRoomBus> {
    const bus = new RedisRoomBus(url, log);
    try {
      await Promise.all([bus.publisher.connect(), bus.subscriber.connect()]);
      await bus.subscriber.subscribe(bus.channel(bus.replyTopic()), bus.channel(EVERYONE));
    } catch (error) {
      bus.publisher.disconnect();
      bus.subscriber.disconnect();
      throw error;
    }
    return bus;
  }

  async publish(topic: string, message: BusMessage): Promise<number> {
    return this.publisher.publish(this.channel(topic), Buffer.from(encodeBusMessage(this.id, message)));
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }

  protected async listen(topic: string): Promise<void> {
    await this.subscriber.subscribe(this.channel(topic));
  }

  protected async stopListening(topic: string): Promise<void> {
    await this.subscriber.unsubscribe(this.channel(topic));
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

  private channel(topic: string): string {
    return `${PREFIX}${topic}`;
  }

  private arrived(channel: Buffer, data: Buffer): void {
    const topic = channel.toString().slice(PREFIX.length);
    try {
      this.deliver(topic, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      this.log.warn('ignoring a malformed message from redis', { topic, error });
    }
  }
}
