import type { Stores } from '@minutes/server';
import type { Account, MeetingId, Minutes } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import { freshStores, type StoreBackend } from './storeBackends.js';

type NewVersion = Parameters<Stores['versions']['addVersion']>[0];

const at = (minute: number) => new Date(Date.UTC(2026, 1, 24, 12, minute)).toISOString();

const MINUTES = {
  title: 'Styrgruppsmöte',
  decisions: [{ id: 'd1', text: 'Budgeten fastställs.', reservations: ['Per'] }],
} as unknown as Minutes;

function newVersion(meetingId: MeetingId, n: number): NewVersion {
  return {
    meetingId,
    state: new Uint8Array([1, n, 0, 255, 7]),
    document: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Text ${n} – å` }] }],
    },
    minutes: MINUTES,
    html: `<h1>Protokoll ${n}</h1>`,
    sha256: String(n).repeat(64).slice(0, 64),
    finalisedBy: 'Sara Sekreterare',
    finalisedAt: at(n),
  };
}

/** The behaviour every VersionStore must have, run against each kind of database. */
export function versionStoreContract(backend: StoreBackend): void {
  describe(`${backend.name} fulfils the VersionStore contract`, () => {
    const db = freshStores(backend);
    const store = () => db.stores.versions;

    async function meeting(title = 'Styrgruppsmöte'): Promise<MeetingId> {
      return (await db.stores.meetings.create({ title, date: '2026-02-24' })).id;
    }

    async function person(name: string): Promise<Account> {
      return db.stores.access.createAccount({ name, email: `${name}@example.org`, passwordHash: 'x' });
    }

    it('changes the status only when it differs, once of several callers at once', async () => {
      const id = await meeting();
      expect(await store().status(id)).toBe('draft');
      expect(await store().setStatus(id, 'draft')).toBe(false);
      const other = await db.another();
      const finalised = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 ? other : db.stores).versions.setStatus(id, 'finalised')),
      );
      expect(finalised.filter(Boolean)).toHaveLength(1);
      expect(await other.versions.status(id)).toBe('finalised');
      const reopened = await Promise.all([
        store().setStatus(id, 'draft'),
        other.versions.setStatus(id, 'draft'),
      ]);
      expect(reopened.filter(Boolean)).toHaveLength(1);
      expect(await store().status(id)).toBe('draft');
    });

    it('numbers versions per meeting from 1, and keeps each one as it was stored', async () => {
      const [a, b] = [await meeting('A'), await meeting('B')];
      expect(await store().addVersion(newVersion(a, 1))).toBe(1);
      expect(await store().addVersion(newVersion(a, 2))).toBe(2);
      expect(await store().addVersion(newVersion(b, 1))).toBe(1);
      const { meetingId: _, ...stored } = newVersion(a, 2);
      expect(await store().version(a, 2)).toEqual({ ...stored, number: 2, masks: [], publishedAt: null });
      expect((await store().version(a, 2))?.state).toBeInstanceOf(Uint8Array);
      expect(await store().version(a, 3)).toBeUndefined();
      expect(await store().versions(a)).toEqual(
        [1, 2].map((number) => ({
          number,
          sha256: newVersion(a, number).sha256,
          finalisedBy: 'Sara Sekreterare',
          finalisedAt: at(number),
          masks: [],
          publishedAt: null,
        })),
      );
    });

    it('gives versions added at once, by two processes, numbers of their own', async () => {
      const id = await meeting();
      const other = await db.another();
      const numbers = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? other : db.stores).versions.addVersion(newVersion(id, i)),
        ),
      );
      expect(numbers.sort()).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('sets masks until the version is published, and publishes it once', async () => {
      const id = await meeting();
      await store().addVersion(newVersion(id, 1));
      await store().setMasks(id, 1, ['Per Holm', 'personnummer']);
      expect((await store().version(id, 1))?.masks).toEqual(['Per Holm', 'personnummer']);
      await store().publish(id, 1, at(30));
      await store().publish(id, 1, at(40));
      await store().setMasks(id, 1, []);
      expect(await store().versions(id)).toEqual([
        expect.objectContaining({ number: 1, masks: ['Per Holm', 'personnummer'], publishedAt: at(30) }),
      ]);
    });

    it('keeps one verdict per person and version, the latest, in version and time order', async () => {
      const id = await meeting();
      const [vera, otto] = [await person('Vera'), await person('Otto')];
      await store().addVersion(newVersion(id, 1));
      await store().addVersion(newVersion(id, 2));
      const change = {
        verdict: 'changes_requested',
        comment: 'Stavning',
        passage: 'Budgetn',
        at: at(5),
      } as const;
      await store().setApproval(id, 2, vera.id, change);
      await store().setApproval(id, 1, otto.id, {
        verdict: 'approved',
        comment: null,
        passage: null,
        at: at(3),
      });
      await store().setApproval(id, 2, otto.id, {
        verdict: 'approved',
        comment: null,
        passage: null,
        at: at(4),
      });
      await store().setApproval(id, 2, vera.id, {
        verdict: 'approved',
        comment: null,
        passage: null,
        at: at(6),
      });
      expect(await store().approvals(id)).toEqual([
        {
          version: 1,
          account: { id: otto.id, name: 'Otto' },
          verdict: 'approved',
          comment: null,
          passage: null,
          at: at(3),
        },
        {
          version: 2,
          account: { id: otto.id, name: 'Otto' },
          verdict: 'approved',
          comment: null,
          passage: null,
          at: at(4),
        },
        {
          version: 2,
          account: { id: vera.id, name: 'Vera' },
          verdict: 'approved',
          comment: null,
          passage: null,
          at: at(6),
        },
      ]);
      await expect(
        store().setApproval(id, 9, vera.id, { verdict: 'approved', comment: null, passage: null, at: at(7) }),
      ).rejects.toThrow();
    });

    it('keeps decisions verified at once, in time order, each once', async () => {
      const id = await meeting();
      await store().addVerifiedDecision(id, { nodeId: 'd2', text: 'Andra', by: 'Lina', at: at(9) });
      await store().addVerifiedDecision(id, { nodeId: 'd1', text: 'Första', by: 'Osman', at: at(2) });
      expect(await store().verifiedDecisions(id)).toEqual([
        { nodeId: 'd1', text: 'Första', by: 'Osman', at: at(2) },
        { nodeId: 'd2', text: 'Andra', by: 'Lina', at: at(9) },
      ]);
      await expect(
        store().addVerifiedDecision(id, { nodeId: 'd1', text: 'Igen', by: 'Lina', at: at(10) }),
      ).rejects.toThrow();
      expect(await store().verifiedDecisions(await meeting('Annat'))).toEqual([]);
    });

    it('finds share links by token hash, lists them, and revokes each once', async () => {
      const [id, other] = [await meeting(), await meeting('Annat')];
      const link = (n: number) => ({
        id: `link-${n}`,
        meetingId: id,
        createdAt: at(n),
        expiresAt: null,
        revokedAt: null,
      });
      await store().addShareLink({ ...link(2), expiresAt: at(60) }, 'hash-2', 'Sara');
      await store().addShareLink(link(1), 'hash-1', 'Sara');
      expect(await store().shareLinks(id)).toEqual([link(1), { ...link(2), expiresAt: at(60) }]);
      expect(await store().shareLinkByToken('hash-1')).toEqual(link(1));
      expect(await store().shareLinkByToken('nothing')).toBeUndefined();
      expect(await store().revokeShareLink(other, 'link-1', at(20))).toBe(false);
      expect(await store().revokeShareLink(id, 'link-1', at(20))).toBe(true);
      expect(await store().revokeShareLink(id, 'link-1', at(21))).toBe(false);
      expect(await store().shareLinkByToken('hash-1')).toEqual({ ...link(1), revokedAt: at(20) });
      await expect(store().addShareLink(link(3), 'hash-1', 'Sara')).rejects.toThrow();
    });

    it('keeps the audit log of each meeting in the order it was written', async () => {
      const [id, other] = [await meeting(), await meeting('Annat')];
      const entries = [
        { action: 'finalised', actor: 'Sara', detail: { version: 1 }, at: at(5) },
        {
          action: 'task_status',
          actor: null,
          detail: { nodeId: 'a1', status: 'done', text: 'Boka – å' },
          at: at(1),
        },
        { action: 'reopened', actor: 'Sara', detail: {}, at: at(3) },
      ];
      for (const entry of entries) await store().audit({ ...entry, meetingId: id, seriesId: null });
      await store().audit({
        action: 'elsewhere',
        actor: 'X',
        detail: {},
        at: at(0),
        meetingId: other,
        seriesId: null,
      });
      expect(await store().auditLog(id)).toEqual(entries);
    });
  });
}
