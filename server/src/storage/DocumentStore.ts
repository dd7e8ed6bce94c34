export interface StoredDocument {
  /** Every stored update of the document, oldest first. Empty for a new document. */
  updates: Uint8Array[];
  /** Sequence number of the newest stored update, 0 when there is none. */
  lastSeq: number;
}

/**
 * The update log of each document. `append` resolves only once the update is durable: the sync
 * core broadcasts an update after its append resolved, never before.
 */
export interface DocumentStore {
  /**
   * The stored updates of a document, or only those stored after `afterSeq` (another server
   * process may have written them). `lastSeq` is then `afterSeq` when there are none.
   */
  load(name: string, afterSeq?: number): Promise<StoredDocument>;
  /** Appends one update and returns its sequence number. */
  append(name: string, update: Uint8Array): Promise<number>;
  /**
   * Replaces every update up to and including `throughSeq` with `state`, which must contain them
   * all, in one step. Returns the sequence number of the new row.
   */
  compact(name: string, throughSeq: number, state: Uint8Array): Promise<number>;
  close(): Promise<void>;
}
