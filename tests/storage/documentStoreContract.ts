import type { DocumentStore } from '@minutes/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

/** The behaviour every DocumentStore must have, run against each implementation. */
export function documentStoreContract(name: string, open: () => Promise<DocumentStore>): void {
  describe(`${name} fulfils the DocumentStore contract`, () => {
    let store: DocumentStore;

    beforeEach(async () => {
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    function update(text: string, doc = new Y.Doc()): Uint8Array {
      const before = Y.encodeStateVector(doc);
      doc.getText('t').insert(doc.getText('t').length, text);
      return Y.encodeStateAsUpdate(doc, before);
    }

    it('loads an unknown document as empty', async () => {
      expect(await store.load('nothing')).toEqual({ updates: [], lastSeq: 0 });
    });

    it('returns appended updates in order, byte for byte, per document', async () => {
      const doc = new Y.Doc();
      const first = update('Beslut: ', doc);
      const second = update('godkänt', doc);
      const s1 = await store.append('a', first);
      await store.append('b', update('other'));
      const s2 = await store.append('a', second);
      expect(s2).toBeGreaterThan(s1);
      const loaded = await store.load('a');
      expect(loaded.updates.map((u) => [...u])).toEqual([[...first], [...second]]);
      expect(loaded.lastSeq).toBe(s2);
      const restored = new Y.Doc();
      for (const u of loaded.updates) Y.applyUpdate(restored, u);
      expect(restored.getText('t').toString()).toBe('Beslut: godkänt');
    });

    it('does not share memory with the caller', async () => {
      const bytes = update('x');
      await store.append('a', bytes);
      bytes.fill(0);
      const [stored] = (await store.load('a')).updates;
      expect(stored?.some((byte) => byte !== 0)).toBe(true);
    });

    it('compaction replaces the rows through a sequence number and keeps later ones', async () => {
      const doc = new Y.Doc();
      await store.append('a', update('one ', doc));
      const through = await store.append('a', update('two ', doc));
      const state = Y.encodeStateAsUpdate(doc);
      const later = await store.append('a', update('three', doc));
      await store.append('b', update('untouched'));
      const compacted = await store.compact('a', through, state);
      expect(compacted).toBeGreaterThan(later);
      const loaded = await store.load('a');
      expect(loaded.updates).toHaveLength(2);
      expect(loaded.lastSeq).toBe(compacted);
      const restored = new Y.Doc();
      Y.applyUpdate(restored, Y.mergeUpdates(loaded.updates));
      expect(restored.getText('t').toString()).toBe('one two three');
      expect((await store.load('b')).updates).toHaveLength(1);
    });
  });
}
