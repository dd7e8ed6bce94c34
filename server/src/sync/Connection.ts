import { CloseCode, closeReason } from '@minutes/shared';
import type { Room } from './Room.js';
import type { SyncSocket } from './SyncSocket.js';

export interface ConnectionOptions {
  /** Answers the client's sync requests but never applies its updates. */
  readOnly: boolean;
  /** The client asked for `MessageType.Saved` frames. */
  wantsSaved: boolean;
  /** The client writes another schema version: it is told so and kept read-only. */
  schemaOutdated: boolean;
  maxFramesPerSecond: number;
  /** Seconds in a row over `maxFramesPerSecond` after which the connection is closed as a flood. */
  maxFloodSeconds: number;
  maxQueuedFrames: number;
}

/**
 * One client on one document. Frames that arrive before the document has loaded are held, in
 * order, and handed to the room once it is there; the room then handles them one at a time.
 */
export class Connection {
  readonly awarenessClients = new Set<number>();
  lastSeen = Date.now();
  /** When the client was last told that its write was dropped; they are told at most once a second. */
  lastToldReadOnly = 0;
  private room: Room | null = null;
  private queued: Uint8Array[] = [];
  private closed = false;
  private windowStart = Date.now();
  private framesInWindow = 0;
  private floodedWindows = 0;
  private paused = false;
  private readonly closeListeners: Array<() => void> = [];

  constructor(
    private readonly socket: SyncSocket,
    readonly options: ConnectionOptions,
  ) {
    socket.onMessage((frame) => this.receive(frame));
    socket.onClose(() => this.handleClosed());
  }

  get isClosed(): boolean {
    return this.closed;
  }

  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  attach(room: Room): void {
    this.room = room;
    const queued = this.queued;
    this.queued = [];
    for (const frame of queued) {
      if (this.closed) return;
      room.receive(this, frame);
    }
  }

  send(frame: Uint8Array): void {
    if (!this.closed) this.socket.send(frame);
  }

  close(code: CloseCode): void {
    if (this.closed) return;
    this.socket.close(code, closeReason[code]);
    this.handleClosed();
  }

  private receive(frame: Uint8Array): void {
    if (this.closed) return;
    const now = Date.now();
    this.lastSeen = now;
    if (now - this.windowStart >= 1000) {
      if (this.framesInWindow <= this.options.maxFramesPerSecond) this.floodedWindows = 0;
      this.windowStart = now;
      this.framesInWindow = 0;
    }
    this.framesInWindow += 1;
    if (this.framesInWindow > this.options.maxFramesPerSecond && !this.throttle(now)) return;
    if (this.room) {
      this.room.receive(this, frame);
    } else if (this.queued.length >= this.options.maxQueuedFrames) {
      this.close(CloseCode.TooManyMessages);
    } else {
      this.queued.push(frame);
    }
  }

  /**
   * Over the rate: stop reading from the client for the rest of the second, so a fast but honest
   * client (a script, a burst of typing) is slowed down, not cut off. Frames already received are
   * still handled in order. A client that stays over the rate for `maxFloodSeconds` is closed.
   * Returns whether the connection is still open.
   */
  private throttle(now: number): boolean {
    if (this.paused) return true;
    this.floodedWindows += 1;
    if (this.floodedWindows > this.options.maxFloodSeconds) {
      this.close(CloseCode.TooManyMessages);
      return false;
    }
    this.paused = true;
    this.socket.pause();
    const timer = setTimeout(
      () => {
        this.paused = false;
        if (!this.closed) this.socket.resume();
      },
      Math.max(0, 1000 - (now - this.windowStart)),
    );
    timer.unref();
    return true;
  }

  private handleClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.queued = [];
    for (const listener of this.closeListeners) listener();
  }
}
