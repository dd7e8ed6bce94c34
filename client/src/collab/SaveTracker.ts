import { MessageType } from '@minutes/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SavedState, type StateVector } from './SavedState';

/** Deletions in quick succession (holding Backspace) share one round trip. */
const PROBE_DELAY_MS = 150;

/**
 * Feeds a `SavedState` from a Y.Doc and its provider: local changes from the doc, `Saved` frames
 * and the server's sync messages from the socket.
 */
export class SaveTracker {
  readonly #state: SavedState;
  readonly #doc: Y.Doc;
  readonly #provider: WebsocketProvider;
  readonly #onChange: () => void;
  #probeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(doc: Y.Doc, provider: WebsocketProvider, onChange: () => void) {
    this.#doc = doc;
    this.#state = new SavedState(doc.clientID);
    this.#provider = provider;
    this.#onChange = onChange;

    provider.messageHandlers[MessageType.Saved] = (_encoder, decoder) => {
      this.#state.serverSaved(Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
      this.#onChange();
    };

    const handleSync = provider.messageHandlers[MessageType.Sync];
    if (!handleSync) throw new Error('y-websocket has no handler for sync messages');
    provider.messageHandlers[MessageType.Sync] = (encoder, decoder, ...rest) => {
      const peek = decoding.clone(decoder);
      const syncType = decoding.readVarUint(peek);
      handleSync(encoder, decoder, ...rest);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        this.#onServerStateVector(decoding.readVarUint8Array(peek));
      } else if (syncType === syncProtocol.messageYjsSyncStep2) {
        this.#onServerState(decoding.readVarUint8Array(peek));
      }
    };

    doc.on('update', this.#onUpdate);
  }

  get isSaved(): boolean {
    return this.#state.isSaved;
  }

  destroy(): void {
    clearTimeout(this.#probeTimer);
    this.#doc.off('update', this.#onUpdate);
  }

  readonly #onUpdate = (_update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    const inserted = insertedBy(transaction);
    // With the BroadcastChannel off, everything the provider applies came from the server.
    if (origin === this.#provider) {
      this.#state.serverHeld(inserted);
    } else {
      // Content loaded from the offline copy may hold deletions as garbage-collected structs, which
      // never show up in a transaction's delete set; count every deletion in the document instead.
      const deleted = transaction.local
        ? transaction.deleteSet.clients
        : Y.createDeleteSetFromStructStore(this.#doc.store).clients;
      this.#state.localChange(inserted, deleted);
      if (deleted.size > 0) this.#scheduleProbe();
    }
    this.#onChange();
  };

  #onServerStateVector(stateVector: Uint8Array): void {
    this.#state.serverHeld(Y.decodeStateVector(stateVector));
    // The provider answers this SyncStep1 with our SyncStep2 (which carries our deletions) right
    // after this handler returns; a probe queued as a microtask goes out behind it.
    if (this.#state.hasPendingDeletes) queueMicrotask(() => this.#probe());
    this.#onChange();
  }

  #onServerState(update: Uint8Array): void {
    if (!this.#state.hasPendingDeletes) return;
    this.#state.serverDeleted(Y.decodeUpdate(update).ds.clients);
    this.#onChange();
  }

  #scheduleProbe(): void {
    if (this.#probeTimer !== undefined) return;
    this.#probeTimer = setTimeout(() => {
      this.#probeTimer = undefined;
      this.#probe();
    }, PROBE_DELAY_MS);
  }

  /**
   * A `Saved` frame carries only a state vector, which deletions do not change. So after deleting
   * we send a SyncStep1: the server answers with a SyncStep2 that holds its whole delete set, and
   * because it handles our messages in order, that set includes every deletion we sent before.
   */
  #probe(): void {
    const socket = this.#provider.ws;
    if (!this.#provider.wsconnected || socket === null || socket.readyState !== WebSocket.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.writeSyncStep1(encoder, this.#doc);
    socket.send(encoding.toUint8Array(encoder));
  }
}

function insertedBy(transaction: Y.Transaction): StateVector {
  const inserted = new Map<number, number>();
  for (const [client, clock] of transaction.afterState) {
    if (clock !== (transaction.beforeState.get(client) ?? 0)) inserted.set(client, clock);
  }
  return inserted;
}
