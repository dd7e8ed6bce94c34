import type { DocumentStore } from '@minutes/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

/**
 * The behaviour every DocumentStore must have, run against each implementation. `open` makes a
 * store over a new database; `another`, where there can be one, a second store over the database
 * of the last `open`, as another server process has.
 */
export function documentStoreContract(
  name: string,
  open: () => Promise<DocumentStore>,
  another?: () => Promise<DocumentStore>,
): void {
  describe(`${name} fulfils the DocumentStore contract`, () => {
    let store: DocumentStore;
    let opened: DocumentStore[];

    beforeEach(async () => {
      store = await open();
      opened = [store];
    });

    afterEach(async () => {
      for (const each of opened) await each.close();
    });

    /** Another store on the same database; the same store where there is only one. */
    async function second(): Promise<DocumentStore> {
      if (!another) return store;
      const other = await another();
      opened.push(other);
      return other;
    }

    /** An update from a writer of its own that adds `name` to the list 'items'. */
    function item(name: string): Uint8Array {
      const doc = new Y.Doc();
      doc.getArray<string>('items').push([name]);
      return Y.encodeStateAsUpdate(doc);
    }

    function itemsOf(updates: Uint8Array[]): string[] {
      const doc = new Y.Doc();
      for (const u of updates) Y.applyUpdate(doc, u);
      return doc.getArray<string>('items').toArray();
    }

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

    it('loads only the updates stored after a sequence number, also those another store wrote', async () => {
      const other = await second();
      const s1 = await store.append('a', item('first'));
      await store.append('b', item('elsewhere'));
      const s2 = await other.append('a', item('second'));
      const s3 = await store.append('a', item('third'));
      expect(itemsOf((await store.load('a', s1)).updates).sort()).toEqual(['second', 'third']);
      expect((await store.load('a', s1)).lastSeq).toBe(s3);
      expect(itemsOf((await other.load('a', s2)).updates)).toEqual(['third']);
      expect(await store.load('a', s3)).toEqual({ updates: [], lastSeq: s3 });
      // After a compaction, what follows the old sequence numbers is the whole document.
      const doc = new Y.Doc();
      for (const u of (await store.load('a')).updates) Y.applyUpdate(doc, u);
      const compacted = await other.compact('a', s3, Y.encodeStateAsUpdate(doc));
      const after = await store.load('a', s3);
      expect(after.lastSeq).toBe(compacted);
      expect(itemsOf(after.updates).sort()).toEqual(['first', 'second', 'third']);
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

    it('numbers appends made at once in the order it loads them', async () => {
      const updates = Array.from({ length: 40 }, (_, i) => item(`u${i}`));
      const seqs = await Promise.all(updates.map((u) => store.append('a', u)));
      expect(new Set(seqs).size).toBe(updates.length);
      const bySeq = updates
        .map((u, i) => ({ seq: seqs[i] ?? 0, bytes: [...u] }))
        .sort((x, y) => x.seq - y.seq)
        .map((entry) => entry.bytes);
      const loaded = await store.load('a');
      expect(loaded.updates.map((u) => [...u])).toEqual(bySeq);
      expect(loaded.lastSeq).toBe(Math.max(...seqs));
    });

    it('shares one log between the stores of one database', async () => {
      const other = await second();
      const first = await store.append('a', item('here'));
      const then = await other.append('a', item('there'));
      expect(then).toBeGreaterThan(first);
      for (const each of [store, other]) {
        const loaded = await each.load('a');
        expect(itemsOf(loaded.updates)).toEqual(expect.arrayContaining(['here', 'there']));
        expect(loaded.lastSeq).toBe(then);
      }
    });

    it('loses no update when compactions run while two stores append', async () => {
      const writers = [store, await second()];
      const compactor = await second();
      let appending = true;
      let compactions = 0;
      const compacting = (async () => {
        while (appending || compactions === 0) {
          const { updates, lastSeq } = await compactor.load('a');
          if (updates.length > 1) {
            await compactor.compact('a', lastSeq, Y.mergeUpdates(updates));
            compactions += 1;
          } else {
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
      })();
      const names = writers.flatMap((_, w) => Array.from({ length: 60 }, (_, i) => `${w}:${i}`));
      await Promise.all(names.map((name, i) => writers[i % writers.length]?.append('a', item(name))));
      appending = false;
      await compacting;
      expect(compactions).toBeGreaterThan(0);
      expect(new Set(itemsOf((await store.load('a')).updates))).toEqual(new Set(names));
    });
  });
}
