/** Yjs state vector: client id → the next clock, i.e. how many structs of that client are known. */
export type StateVector = ReadonlyMap<number, number>;

export interface DeleteRange {
  readonly clock: number;
  readonly len: number;
}

/** Yjs delete set: client id → the ranges of that client's structs that are deleted. */
export type DeleteRanges = ReadonlyMap<number, readonly DeleteRange[]>;

/**
 * Whether everything changed in this browser has reached the server, as a pure bookkeeping of
 * Yjs state vectors and delete sets (no Yjs, no network, so it can be tested on its own).
 *
 * Inserted content is pending until a state vector from the server covers it: a `Saved` frame
 * (stored durably), or a state the server held, such as its SyncStep1 at connect. A state vector
 * says nothing about deletions, so a deletion stays pending until a delete set from the server
 * (its SyncStep2) contains it.
 */
export class SavedState {
  readonly #ownClient: number;
  readonly #server = new Map<number, number>();
  readonly #pendingInserts = new Map<number, number>();
  readonly #pendingDeletes = new Map<number, DeleteRange[]>();

  /** `ownClient` is the Yjs client id of this session, whose edits only a `Saved` frame confirms. */
  constructor(ownClient: number) {
    this.#ownClient = ownClient;
  }

  get isSaved(): boolean {
    return this.#pendingInserts.size === 0 && this.#pendingDeletes.size === 0;
  }

  get hasPendingDeletes(): boolean {
    return this.#pendingDeletes.size > 0;
  }

  /**
   * Content created in this browser, or loaded from its offline copy: `inserted` holds the new
   * state vector entries of the clients that gained structs, `deleted` what was deleted.
   */
  localChange(inserted: StateVector, deleted: DeleteRanges): void {
    for (const [client, clock] of inserted) {
      if (clock > (this.#server.get(client) ?? 0) && clock > (this.#pendingInserts.get(client) ?? 0)) {
        this.#pendingInserts.set(client, clock);
      }
    }
    for (const [client, ranges] of deleted) {
      if (ranges.length === 0) continue;
      const pending = this.#pendingDeletes.get(client) ?? [];
      pending.push(...ranges);
      this.#pendingDeletes.set(client, pending);
    }
  }

  /** A `Saved` frame: the server has stored at least this state. */
  serverSaved(stateVector: StateVector): void {
    this.#learn(stateVector, true);
  }

  /**
   * The server held this state (its SyncStep1, or updates it sent us). That covers what earlier
   * sessions wrote, but not this session's own edits: the server may hold those in memory without
   * having stored them yet, and it will send a `Saved` frame for them.
   */
  serverHeld(stateVector: StateVector): void {
    this.#learn(stateVector, false);
  }

  #learn(stateVector: StateVector, stored: boolean): void {
    for (const [client, clock] of stateVector) {
      if (!stored && client === this.#ownClient) continue;
      if (clock > (this.#server.get(client) ?? 0)) this.#server.set(client, clock);
    }
    for (const [client, clock] of this.#pendingInserts) {
      if ((this.#server.get(client) ?? 0) >= clock) this.#pendingInserts.delete(client);
    }
  }

  /** The server's document has all these deletions. */
  serverDeleted(deleted: DeleteRanges): void {
    for (const [client, pending] of this.#pendingDeletes) {
      const server = mergeRanges(deleted.get(client) ?? []);
      const left = pending.filter((range) => !isCovered(range, server));
      if (left.length === 0) this.#pendingDeletes.delete(client);
      else this.#pendingDeletes.set(client, left);
    }
  }
}

function mergeRanges(ranges: readonly DeleteRange[]): DeleteRange[] {
  const sorted = [...ranges].sort((a, b) => a.clock - b.clock);
  const merged: DeleteRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.clock <= last.clock + last.len) {
      merged[merged.length - 1] = {
        clock: last.clock,
        len: Math.max(last.len, range.clock + range.len - last.clock),
      };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

function isCovered(range: DeleteRange, merged: readonly DeleteRange[]): boolean {
  return merged.some(
    (outer) => outer.clock <= range.clock && range.clock + range.len <= outer.clock + outer.len,
  );
}
