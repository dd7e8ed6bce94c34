import type { DocumentStore, StoredDocument } from '../storage/DocumentStore.js';

/**
 * A document store that keeps nothing: every load starts from the seed. For rooms that only
 * serve a copy (readers' published versions), which nobody may write.
 */
export class SnapshotStore implements DocumentStore {
  private seq = 0;

  async load(_name: string, afterSeq = 0): Promise<StoredDocument> {
    return { updates: [], lastSeq: afterSeq };
  }

  async append(): Promise<number> {
    this.seq += 1;
    return this.seq;
  }

  async compact(): Promise<number> {
    this.seq += 1;
    return this.seq;
  }

  async close(): Promise<void> {}
}
