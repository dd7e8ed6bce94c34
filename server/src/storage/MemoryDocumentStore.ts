import type { DocumentStore, StoredDocument } from './DocumentStore.js';

interface Row {
  seq: number;
  update: Uint8Array;
}

export class MemoryDocumentStore implements DocumentStore {
  private readonly documents = new Map<string, Row[]>();
  private seq = 0;

  async load(name: string, afterSeq = 0): Promise<StoredDocument> {
    const rows = (this.documents.get(name) ?? []).filter((row) => row.seq > afterSeq);
    return { updates: rows.map((row) => row.update.slice()), lastSeq: rows.at(-1)?.seq ?? afterSeq };
  }

  async append(name: string, update: Uint8Array): Promise<number> {
    const rows = this.documents.get(name) ?? [];
    this.seq += 1;
    rows.push({ seq: this.seq, update: update.slice() });
    this.documents.set(name, rows);
    return this.seq;
  }

  async compact(name: string, throughSeq: number, state: Uint8Array): Promise<number> {
    const kept = (this.documents.get(name) ?? []).filter((row) => row.seq > throughSeq);
    this.seq += 1;
    kept.push({ seq: this.seq, update: state.slice() });
    this.documents.set(name, kept);
    return this.seq;
  }

  async close(): Promise<void> {}
}
