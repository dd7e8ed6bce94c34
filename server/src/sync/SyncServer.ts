import { CloseCode, SCHEMA_VERSION } from '@minutes/shared';
import type { Limits } from '../config.js';
import type { Logger } from '../Logger.js';
import { Connection } from './Connection.js';
import type { RoomRegistry } from './RoomRegistry.js';
import type { SyncSocket } from './SyncSocket.js';

/** Where a connection may go: a registry, read-only or not, or nowhere (closed with the code). */
export type Admission = { registry: RoomRegistry; readOnly: boolean } | { refuse: CloseCode };

export interface SyncServerOptions {
  /** The registries the server closes when it stops. */
  registries: RoomRegistry[];
  /**
   * Decides, before any frame touches a document, whether the credentials may open it. Unknown
   * documents are refused, never created.
   */
  admit: (request: SocketRequest) => Promise<Admission>;
  limits: Pick<Limits, 'maxFramesPerSecond' | 'maxFloodSeconds' | 'maxQueuedFrames' | 'idleTimeoutMs'>;
  log: Logger;
}

export interface SocketRequest {
  document: string;
  /** What the upgrade request carried: the session cookie (same origin only) and `?token=`. */
  credentials: { session?: string | undefined; token?: string | undefined };
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
    // Until admitted, the connection holds its frames without touching any document.
    const connection = new Connection(socket, {
      readOnly: true,
      wantsSaved: request.wantsSaved,
      schemaOutdated,
      maxFramesPerSecond: this.options.limits.maxFramesPerSecond,
      maxFloodSeconds: this.options.limits.maxFloodSeconds,
      maxQueuedFrames: this.options.limits.maxQueuedFrames,
    });
    this.connections.add(connection);
    connection.onClose(() => this.connections.delete(connection));
    void this.open(connection, request);
  }

  async close(): Promise<void> {
    clearInterval(this.idleTimer);
    await Promise.all(this.options.registries.map((registry) => registry.close()));
  }

  private async open(connection: Connection, request: SocketRequest): Promise<void> {
    let admission: Admission;
    try {
      admission = await this.options.admit(request);
    } catch (error) {
      this.options.log.error('admitting a connection failed', { document: request.document, error });
      connection.close(CloseCode.StorageUnavailable);
      return;
    }
    if ('refuse' in admission) {
      connection.close(admission.refuse);
      return;
    }
    connection.options.readOnly = admission.readOnly || connection.options.schemaOutdated;
    if (!connection.isClosed) await admission.registry.join(request.document, connection);
  }

  private closeIdle(): void {
    const cutoff = Date.now() - this.options.limits.idleTimeoutMs;
    for (const connection of [...this.connections]) {
      if (connection.lastSeen < cutoff) connection.close(CloseCode.IdleTimeout);
    }
  }
}
