import { type SearchIndex, searchMatch, type TaskStatusChange } from '@minutes/server';
import type { MeetingId } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import { freshStores, type StoreBackend } from './storeBackends.js';

const A = 'a'.repeat(22) as MeetingId;
const B = 'b'.repeat(22) as MeetingId;
const C = 'c'.repeat(22) as MeetingId;

/** What the task tracker, the search and the calendar feeds keep, run against each kind of database. */
export function acrossStoresContract(backend: StoreBackend): void {
  describe(`${backend.name} fulfils the TaskStatusStore contract`, () => {
    const db = freshStores(backend);
    const store = () => db.stores.across.taskStatuses;

    const change = (nodeId: string, overrides: Partial<TaskStatusChange> = {}): TaskStatusChange => ({
      meetingId: A,
      nodeId,
      status: 'done',
      changedBy: 'Lina',
      changedAt: '2026-02-24T10:00:00.000Z',
      version: 1,
      inDocument: false,
      ...overrides,
    });

    it('keeps the latest status of each task, per meeting', async () => {
      await store().set(change('t1'));
      await store().set(change('t2', { inDocument: true }));
      await store().set(change('t1', { status: 'open', changedBy: 'Osman', version: 2 }));
      await store().set(change('t1', { meetingId: B }));
      const ofA = (await store().ofMeeting(A)).sort((x, y) => x.nodeId.localeCompare(y.nodeId));
      expect(ofA).toEqual([
        change('t1', { status: 'open', changedBy: 'Osman', version: 2 }),
        change('t2', { inDocument: true }),
      ]);
      expect(await store().ofMeeting(B)).toEqual([change('t1', { meetingId: B })]);
      expect(await store().ofMeeting(C)).toEqual([]);
    });

    it('marks only the tasks named as carried into the document', async () => {
      for (const nodeId of ['t1', 't2', 't3']) await store().set(change(nodeId));
      await store().set(change('t1', { meetingId: B }));
      await store().markInDocument(A, ['t1', 't3', 'unknown']);
      await store().markInDocument(A, []);
      const marked = Object.fromEntries((await store().ofMeeting(A)).map((c) => [c.nodeId, c.inDocument]));
      expect(marked).toEqual({ t1: true, t2: false, t3: true });
      expect((await store().ofMeeting(B))[0]?.inDocument).toBe(false);
    });
  });

  describe(`${backend.name} fulfils the FeedTokenStore contract`, () => {
    const db = freshStores(backend);
    const store = () => db.stores.across.feedTokens;

    async function account(name: string): Promise<string> {
      const made = await db.stores.access.createAccount({
        name,
        email: `${name}@example.org`,
        passwordHash: 'x',
      });
      return made.id;
    }

    it('has a random 32-byte key of its own database, the same for every process on it', async () => {
      const key = store().key();
      expect(key).toHaveLength(32);
      expect(key.equals(Buffer.alloc(32))).toBe(false);
      expect((await db.another()).across.feedTokens.key().equals(key)).toBe(true);
      const elsewhere = await backend.createDatabase();
      try {
        const stores = await elsewhere.open();
        expect(stores.across.feedTokens.key().equals(key)).toBe(false);
        await stores.close();
      } finally {
        elsewhere.remove();
      }
    });

    it('keeps one token per account: a new generation replaces the old hash', async () => {
      const [lina, osman] = [await account('Lina'), await account('Osman')];
      expect(await store().generation(lina)).toBeUndefined();
      await store().set(lina, 1, 'hash-1');
      await store().set(osman, 1, 'hash-osman');
      expect(await store().generation(lina)).toBe(1);
      expect(await store().accountOf('hash-1')).toBe(lina);
      await store().set(lina, 2, 'hash-2');
      expect(await store().generation(lina)).toBe(2);
      expect(await store().accountOf('hash-1')).toBeUndefined();
      expect(await store().accountOf('hash-2')).toBe(lina);
      expect(await store().accountOf('hash-osman')).toBe(osman);
      expect(await store().accountOf('unknown')).toBeUndefined();
      await expect(store().set(osman, 2, 'hash-2')).rejects.toThrow();
    });
  });

  describe(`${backend.name} fulfils the SearchIndex contract`, () => {
    const db = freshStores(backend);
    const index = (): SearchIndex => db.stores.across.searchIndex;

    /** The hits for what someone typed, best first, as "meeting letter:source". */
    async function find(query: string, ids?: readonly number[]): Promise<string[]> {
      const match = searchMatch(query);
      if (!match) throw new Error('no words');
      const entryIds = ids ?? (await index().entries()).map((entry) => entry.id);
      const results = await index().search(match.words, entryIds, 50);
      return results.map((result) => `${result.meetingId[0]}:${result.source}`);
    }

    it('finds inflected forms of Swedish and English words, and needs every word', async () => {
      await index().put(
        { meetingId: A, source: 'draft' },
        null,
        'Styrgruppen beslutade att godkänna budgeten.',
      );
      await index().put(
        { meetingId: B, source: 'draft' },
        null,
        'The board made two decisions about the budget.',
      );
      await index().put({ meetingId: C, source: 'draft' }, null, 'Åtgärder för förskolans lokaler.');
      expect(await find('besluta')).toEqual(['a:draft']);
      expect(await find('Beslut')).toEqual(['a:draft']);
      expect((await find('budget')).sort()).toEqual(['a:draft', 'b:draft']);
      expect(await find('decision')).toEqual(['b:draft']);
      expect(await find('besluta decision')).toEqual([]);
      expect(await find('budget board')).toEqual(['b:draft']);
      expect(await find('åtgärd förskolan')).toEqual(['c:draft']);
      expect(await find('ÅTGÄRDER')).toEqual(['c:draft']);
    });

    it('answers with the text as written, and the entry’s version', async () => {
      await index().put({ meetingId: A, source: 'published' }, 3, 'Beslut: budgeten fastställs.');
      const match = searchMatch('budget');
      const ids = (await index().entries()).map((entry) => entry.id);
      expect(await index().search(match?.words ?? [], ids, 10)).toEqual([
        { id: ids[0], meetingId: A, source: 'published', version: 3, text: 'Beslut: budgeten fastställs.' },
      ]);
    });

    it('searches only the entries asked for', async () => {
      await index().put({ meetingId: A, source: 'draft' }, null, 'hemligt beslut');
      await index().put({ meetingId: A, source: 'published' }, 1, '█████ beslut');
      const published = (await index().entries())
        .filter((entry) => entry.source === 'published')
        .map((e) => e.id);
      expect(await find('hemligt', published)).toEqual([]);
      expect(await find('beslut', published)).toEqual(['a:published']);
      expect(await find('beslut', [])).toEqual([]);
    });

    it('replaces an entry’s text, and keeps it when asked only to fill a gap', async () => {
      const key = { meetingId: A, source: 'draft' } as const;
      await index().put(key, null, 'gammal text');
      const [entry] = await index().entries();
      await index().putIfAbsent(key, null, 'annan text');
      expect(await find('gammal')).toEqual(['a:draft']);
      expect(await find('annan')).toEqual([]);
      await index().put(key, null, 'ny text');
      expect(await find('gammal')).toEqual([]);
      expect(await find('ny')).toEqual(['a:draft']);
      expect(await index().entries()).toEqual([entry]);
      await index().put({ meetingId: A, source: 'published' }, 2, 'publicerad text');
      await index().putIfAbsent({ meetingId: B, source: 'draft' }, null, 'annan text');
      expect((await index().entries()).map((e) => [e.meetingId[0], e.source, e.version]).sort()).toEqual([
        ['a', 'draft', null],
        ['a', 'published', 2],
        ['b', 'draft', null],
      ]);
    });

    it('ranks the better match first, and gives at most as many as asked', async () => {
      await index().put(
        { meetingId: A, source: 'draft' },
        null,
        'budget och mycket annat om lokaler och personal',
      );
      await index().put({ meetingId: B, source: 'draft' }, null, 'budget budget budgeten');
      await index().put({ meetingId: C, source: 'draft' }, null, 'lokaler och personal');
      expect(await find('budget')).toEqual(['b:draft', 'a:draft']);
      const match = searchMatch('budget');
      const ids = (await index().entries()).map((entry) => entry.id);
      const [best] = await index().search(match?.words ?? [], ids, 1);
      expect(best?.meetingId).toBe(B);
      expect(await index().search(match?.words ?? [], ids, 1)).toHaveLength(1);
    });

    it('takes any typed text as words, never as query syntax', async () => {
      await index().put({ meetingId: A, source: 'draft' }, null, 'near or and not');
      await index().put({ meetingId: B, source: 'draft' }, null, "it's a test: x & y | !z <-> w");
      expect(await find('NEAR(or and) NOT "x" *')).toEqual([]);
      expect(await find('near OR')).toEqual(['a:draft']);
      expect(await find("it's & | ! <->")).toEqual(['b:draft']);
      expect(await find("'x' \\ y")).toEqual(['b:draft']);
    });
  });
}
