import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * What one server process tells the others about a document they also have loaded. Updates are
 * published only after they are stored, so a process that misses one finds it in the database.
 */
export type BusMessage =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  /** Lock or unlock the document; when `reply` is set, answer `locked` once everything is stored. */
  | { kind: 'lock'; locked: boolean; reply: string | null }
  | { kind: 'locked'; request: string }
  /** An element was verified and may no longer change. */
  | { kind: 'protect'; id: string }
  /** A frame for every connection (`StateChanged`). */
  | { kind: 'frame'; frame: Uint8Array }
  | { kind: 'disconnect'; code: number }
  /** To every process: the sender could not publish for a while; read the database again. */
  | { kind: 'resync' };

export type BusListener = (message: BusMessage, from: string) => void;

/**
 * Carries `BusMessage`s between the server processes that serve the same documents. Delivery is
 * best effort (Redis pub/sub drops what is sent while a process is disconnected), so every
 * process also reads the database again after a reconnect and on a timer.
 */
export interface RoomBus {
  /** This process's id; messages carry it, and nobody receives their own. */
  readonly id: string;
  /** Receives what other processes publish about a document until `unsubscribe`. */
  subscribe(topic: string, listener: BusListener): Promise<void>;
  unsubscribe(topic: string): Promise<void>;
  /** Sends to every other process subscribed to the topic; resolves with how many received it. */
  publish(topic: string, message: BusMessage): Promise<number>;
  /** Sends to one process (an answer to a `lock`). */
  reply(process: string, message: BusMessage): Promise<void>;
  /** Receives replies sent to this process. */
  onReply(listener: BusListener): void;
  /**
   * Called when messages may have been missed: this process's connection came back, or another
   * process could not publish for a while.
   */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}

const Kind = {
  update: 0,
  awareness: 1,
  lock: 2,
  locked: 3,
  protect: 4,
  frame: 5,
  disconnect: 6,
  resync: 7,
} as const;

export function encodeBusMessage(from: string, message: BusMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, from);
  encoding.writeVarUint(encoder, Kind[message.kind]);
  switch (message.kind) {
    case 'update':
    case 'awareness':
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case 'lock':
      encoding.writeVarUint(encoder, message.locked ? 1 : 0);
      encoding.writeVarString(encoder, message.reply ?? '');
      break;
    case 'locked':
      encoding.writeVarString(encoder, message.request);
      break;
    case 'protect':
      encoding.writeVarString(encoder, message.id);
      break;
    case 'frame':
      encoding.writeVarUint8Array(encoder, message.frame);
      break;
    case 'disconnect':
      encoding.writeVarUint(encoder, message.code);
      break;
    case 'resync':
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Throws on anything that is not a whole message. */
export function decodeBusMessage(data: Uint8Array): { from: string; message: BusMessage } {
  const decoder = decoding.createDecoder(data);
  const from = decoding.readVarString(decoder);
  const kind = decoding.readVarUint(decoder);
  let message: BusMessage;
  switch (kind) {
    case Kind.update:
      message = { kind: 'update', update: decoding.readVarUint8Array(decoder) };
      break;
    case Kind.awareness:
      message = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
      break;
    case Kind.lock: {
      const locked = decoding.readVarUint(decoder) === 1;
      message = { kind: 'lock', locked, reply: decoding.readVarString(decoder) || null };
      break;
    }
    case Kind.locked:
      message = { kind: 'locked', request: decoding.readVarString(decoder) };
      break;
    case Kind.protect:
      message = { kind: 'protect', id: decoding.readVarString(decoder) };
      break;
    case Kind.frame:
      message = { kind: 'frame', frame: decoding.readVarUint8Array(decoder) };
      break;
    case Kind.disconnect:
      message = { kind: 'disconnect', code: decoding.readVarUint(decoder) };
      break;
    case Kind.resync:
      message = { kind: 'resync' };
      break;
    default:
      throw new RangeError(`unknown bus message kind ${kind}`);
  }
  if (decoding.hasContent(decoder)) throw new RangeError('trailing bytes after a bus message');
  return { from, message };
}

/** The topic every process hears; `resync` is sent there. */
export const EVERYONE = 'everyone';

/**
 * What every `RoomBus` does the same way: listeners per topic, replies on a topic of each
 * process's own, and telling the registries when messages may have been missed.
 */
export abstract class RoomBusBase implements RoomBus {
  abstract readonly id: string;
  private readonly listeners = new Map<string, BusListener>();
  private readonly replyListeners: BusListener[] = [];
  private readonly reconnectListeners: Array<() => void> = [];

  abstract publish(topic: string, message: BusMessage): Promise<number>;
  abstract close(): Promise<void>;
  protected abstract listen(topic: string): Promise<void>;
  protected abstract stopListening(topic: string): Promise<void>;

  async subscribe(topic: string, listener: BusListener): Promise<void> {
    this.listeners.set(topic, listener);
    await this.listen(topic);
  }

  async unsubscribe(topic: string): Promise<void> {
    this.listeners.delete(topic);
    await this.stopListening(topic);
  }

  async reply(process: string, message: BusMessage): Promise<void> {
    await this.publish(this.replyTopic(process), message);
  }

  onReply(listener: BusListener): void {
    this.replyListeners.push(listener);
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  protected replyTopic(process = this.id): string {
    return `process:${process}`;
  }

  /** Whether a message on the topic is for this process. */
  protected hears(topic: string): boolean {
    return this.listeners.has(topic) || topic === this.replyTopic() || topic === EVERYONE;
  }

  /** Messages may have been missed: every registry reads its documents again. */
  protected missed(): void {
    for (const listener of this.reconnectListeners) listener();
  }

  /** Hands what arrived on a topic to whoever listens; throws on a malformed message. */
  protected deliver(topic: string, data: Uint8Array): void {
    const { from, message } = decodeBusMessage(data);
    if (from === this.id) return;
    if (topic === this.replyTopic()) {
      for (const listener of this.replyListeners) listener(message, from);
    } else if (topic === EVERYONE) {
      if (message.kind === 'resync') this.missed();
    } else this.listeners.get(topic)?.(message, from);
  }
}
