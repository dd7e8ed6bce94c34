import { CloseCode, SCHEMA_VERSION } from '@minutes/shared';
import type { Limits } from '../config.js';
import type { Logger } from '../Logger.js';
import { Connection } from './Connection.js';
import type { RoomRegistry } from './RoomRegistry.js';
import type { SyncSocket } from './SyncSocket.js';

export interface SyncServerOptions {
  registry: RoomRegistry;
  /** Whether a document may be opened at all; unknown documents are refused, never created. */
  documentExists: (name: string) => Promise<boolean>;
  limits: Pick<Limits, 'maxFramesPerSecond' | 'maxFloodSeconds' | 'maxQueuedFrames' | 'idleTimeoutMs'>;
  log: Logger;
}

export interface SocketRequest {
  document: string;
  readOnly: boolean;
  wantsSaved: boolean;
  /** The schema version the client writes, when it said. */
  schemaVersion: number | null;
}

/** Accepts sockets for documents, knowing nothing of the transport beneath them. */
export class SyncServer {
  private readonly connections = new Set<Connection>();
  private readonly idleTimer: NodeJS.Timeout;

  constructor(private readonly options: SyncServerOptions) {
    const every = Math.max(100, Math.floor(options.limits.idleTimeoutMs / 4));
    this.idleTimer = setInterval(() => this.closeIdle(), every);
    this.idleTimer.unref();
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  accept(socket: SyncSocket, request: SocketRequest): void {
    const schemaOutdated = request.schemaVersion !== null && request.schemaVersion !== SCHEMA_VERSION;
    const connection = new Connection(socket, {
      readOnly: request.readOnly || schemaOutdated,
      wantsSaved: request.wantsSaved,
      schemaOutdated,
      maxFramesPerSecond: this.options.limits.maxFramesPerSecond,
      maxFloodSeconds: this.options.limits.maxFloodSeconds,
      maxQueuedFrames: this.options.limits.maxQueuedFrames,
    });
    this.connections.add(connection);
    connection.onClose(() => this.connections.delete(connection));
    void this.open(connection, request.document);
  }

  async close(): Promise<void> {
    clearInterval(this.idleTimer);
    await this.options.registry.close();
  }

  private async open(connection: Connection, document: string): Promise<void> {
    let exists: boolean;
    try {
      exists = await this.options.documentExists(document);
    } catch (error) {
      this.options.log.error('looking up a document failed', { document, error });
      connection.close(CloseCode.StorageUnavailable);
      return;
    }
    if (!exists) {
      connection.close(CloseCode.MeetingNotFound);
      return;
    }
    if (!connection.isClosed) await this.options.registry.join(document, connection);
  }

  private closeIdle(): void {
    const cutoff = Date.now() - this.options.limits.idleTimeoutMs;
    for (const connection of [...this.connections]) {
      if (connection.lastSeen < cutoff) connection.close(CloseCode.IdleTimeout);
    }
  }
}
