import {
  Access,
  type MeetingId,
  MessageType,
  SAVED_PARAM,
  SCHEMA_PARAM,
  SCHEMA_VERSION,
  Storage,
} from '@minutes/shared';
import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { readAccess } from './readAccess';
import { SaveTracker } from './SaveTracker';

export type ConnectionState = 'connected' | 'connecting' | 'offline';

export interface ClosedConnection {
  readonly code: number;
  readonly reason: string;
}

export interface CollabStatus {
  readonly connection: ConnectionState;
  /** Every change made in this browser has reached the server. */
  readonly saved: boolean;
  /** Set when the server closed the connection for good (a 44xx close code). */
  readonly closed: ClosedConnection | null;
  /** The server writes a newer schema than this page; it ignores our edits until the page is reloaded. */
  readonly schemaOutdated: boolean;
  /** Whether the server takes our edits: not for a reader, nor while the meeting is finalised. */
  readonly access: Access;
  /** How many times the server said the meeting's state (versions, approvals, members) changed. */
  readonly stateChanges: number;
  /**
   * The meeting was locked while changes from this browser were on their way, and the server
   * refused them: this copy differs from the stored one and must be replaced by it.
   */
  readonly refusedAfterLock: boolean;
  /** The server said it cannot store changes now (its database is away); it holds them. */
  readonly serverNotSaving: boolean;
}

/** After this many attempts in a row that never synced, the person is told they are offline. */
const FAILED_ATTEMPTS_OFFLINE = 3;

function collabUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/collab`;
}

/**
 * One meeting's shared document in this browser: the Y.Doc, its offline copy in IndexedDB, the
 * WebSocket provider, and the status shown to the person. Create one per mounted meeting page and
 * destroy it when the page goes.
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly #persistence: IndexeddbPersistence;
  readonly #saves: SaveTracker;
  readonly #listeners = new Set<() => void>();

  #localCopyLoaded = false;
  #browserOnline = navigator.onLine;
  #socket: 'connected' | 'connecting' | 'disconnected' = 'connecting';
  #synced = false;
  #failedAttempts = 0;
  #closed: ClosedConnection | null = null;
  #schemaOutdated = false;
  #access: Access = Access.Writable;
  #stateChanges = 0;
  #refusedAfterLock = false;
  #serverNotSaving = false;
  /** The server sent an Access frame on the current connection. */
  #accessTold = false;
  #status: CollabStatus = {
    connection: 'connecting',
    saved: false,
    closed: null,
    schemaOutdated: false,
    access: Access.Writable,
    stateChanges: 0,
    refusedAfterLock: false,
    serverNotSaving: false,
  };
  #destroyed = false;

  constructor(meetingId: MeetingId) {
    this.#persistence = new IndexeddbPersistence(`minutes-${meetingId}`, this.doc);
    this.provider = new WebsocketProvider(collabUrl(), meetingId, this.doc, {
      connect: false,
      params: { [SAVED_PARAM]: '1', [SCHEMA_PARAM]: String(SCHEMA_VERSION) },
      // Other tabs sync through the server, so every update the provider applies is the server's.
      disableBc: true,
    });
    this.#saves = new SaveTracker(this.doc, this.provider, this.#update);
    // After a lock the server says what it stored; what it does not cover was refused.
    const savedHandler = this.provider.messageHandlers[MessageType.Saved];
    this.provider.messageHandlers[MessageType.Saved] = (...args) => {
      savedHandler?.(...args);
      if (this.#access === Access.Finalised && !this.#saves.isSaved) {
        this.#refusedAfterLock = true;
        this.#update();
      }
    };
    this.provider.messageHandlers[MessageType.SchemaOutdated] = () => {
      this.#schemaOutdated = true;
      this.#update();
    };
    this.provider.messageHandlers[MessageType.StateChanged] = () => {
      this.#stateChanges += 1;
      this.#update();
    };
    this.provider.messageHandlers[MessageType.Storage] = (_encoder, decoder) => {
      this.#serverNotSaving =
        decoding.hasContent(decoder) && decoding.readVarUint(decoder) === Storage.NotSaving;
      this.#update();
    };
    this.provider.messageHandlers[MessageType.Access] = (_encoder, decoder) => {
      this.#access = readAccess(decoder);
      this.#accessTold = true;
      this.#update();
    };

    this.provider.on('status', ({ status }) => {
      if (status !== 'connected') this.#accessTold = false;
      // A new connection (perhaps to another server process) says again if it cannot save.
      if (status !== 'connected') this.#serverNotSaving = false;
      this.#socket = status;
      this.#update();
    });
    this.provider.on('sync', (synced) => {
      this.#synced = synced;
      if (synced) this.#failedAttempts = 0;
      // The server says nothing about access on a connection that may write (it sends a read-only
      // one before syncing), so a sync without it means that a meeting reopened meanwhile is ours again.
      if (synced && !this.#accessTold) this.#access = Access.Writable;
      this.#update();
    });
    this.provider.on('connection-close', () => {
      if (!this.#synced) this.#failedAttempts++;
      this.#update();
    });
    this.provider.on('closed', ({ code, reason }) => {
      this.#closed = { code, reason };
      this.#update();
    });

    const localCopyLoaded = () => {
      this.#localCopyLoaded = true;
      this.#update();
    };
    void this.#persistence.whenSynced.then(localCopyLoaded);
    // Without IndexedDB (blocked by the browser) there is simply no offline copy to wait for.
    this.#persistence._db.catch(localCopyLoaded);

    window.addEventListener('online', this.#onOnline);
    window.addEventListener('offline', this.#onOffline);
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('pageshow', this.#onPageShow);

    if (this.#browserOnline) this.provider.connect();
    this.#update();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getStatus = (): CollabStatus => this.#status;

  /** Removes this browser's copy of the meeting, so that the next session starts from the server's. */
  async discardLocalCopy(): Promise<void> {
    await this.#persistence.clearData();
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('offline', this.#onOffline);
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('pageshow', this.#onPageShow);
    this.#listeners.clear();
    this.#saves.destroy();
    this.provider.destroy();
    void this.#persistence.destroy();
    this.doc.destroy();
  }

  #connectionState(): ConnectionState {
    if (this.#closed !== null || !this.#browserOnline) return 'offline';
    if (this.#socket === 'connected' && this.#synced) return 'connected';
    if (this.#failedAttempts >= FAILED_ATTEMPTS_OFFLINE) return 'offline';
    return 'connecting';
  }

  readonly #update = (): void => {
    if (this.#destroyed) return;
    const next: CollabStatus = {
      connection: this.#connectionState(),
      saved: this.#localCopyLoaded && this.#saves.isSaved,
      closed: this.#closed,
      schemaOutdated: this.#schemaOutdated,
      access: this.#access,
      stateChanges: this.#stateChanges,
      refusedAfterLock: this.#refusedAfterLock,
      serverNotSaving: this.#serverNotSaving,
    };
    const current = this.#status;
    if (
      next.connection === current.connection &&
      next.saved === current.saved &&
      next.closed === current.closed &&
      next.schemaOutdated === current.schemaOutdated &&
      next.access === current.access &&
      next.stateChanges === current.stateChanges &&
      next.refusedAfterLock === current.refusedAfterLock &&
      next.serverNotSaving === current.serverNotSaving
    ) {
      return;
    }
    this.#status = next;
    for (const listener of this.#listeners) listener();
  };

  // A socket can outlive the network for a long time before it notices; close it at once.
  readonly #onOffline = (): void => {
    this.#browserOnline = false;
    this.provider.disconnect();
    this.#update();
  };

  readonly #onOnline = (): void => {
    this.#browserOnline = true;
    this.#failedAttempts = 0;
    if (this.#closed === null) this.provider.connect();
    this.#update();
  };

  // Leaving the page: tell the others now rather than after the 30 s awareness timeout.
  readonly #onPageHide = (): void => {
    this.provider.disconnect();
  };

  readonly #onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted && this.#browserOnline && this.#closed === null) this.provider.connect();
  };
}
