import { EmailTaken } from '@minutes/server';
import type { MeetingId } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import { freshStores, type StoreBackend } from './storeBackends.js';

const MEETING = 'm'.repeat(22) as MeetingId;
const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.UTC(2026, 1, 24, 9) + ms).toISOString();

/** The behaviour every AccessStore must have, run against each kind of database. */
export function accessStoreContract(backend: StoreBackend): void {
  describe(`${backend.name} fulfils the AccessStore contract`, () => {
    const db = freshStores(backend);
    const store = () => db.stores.access;

    function account(name: string, email = `${name.toLowerCase()}@example.org`) {
      return store().createAccount({ name, email, passwordHash: `hash of ${name}` });
    }

    it('makes the first account the admin and no other', async () => {
      const first = await account('Lina');
      const second = await account('Osman');
      expect(first).toEqual({ id: first.id, name: 'Lina', email: 'lina@example.org', admin: true });
      expect(second.admin).toBe(false);
      expect(await store().account(first.id)).toEqual(first);
      expect(await store().accountByEmail('osman@example.org')).toEqual({
        ...second,
        passwordHash: 'hash of Osman',
      });
      expect(await store().account('nobody')).toBeUndefined();
      expect(await store().accountByEmail('nobody@example.org')).toBeUndefined();
    });

    it('makes exactly one admin when the first accounts are made at once, by two processes', async () => {
      const other = await db.another();
      const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
      // Connections opened first, so that the accounts are made as close together as can be.
      await Promise.all(names.map((_, i) => (i % 2 ? other : db.stores).access.accounts()));
      const made = await Promise.all(
        names.map((name, i) =>
          (i % 2 ? other : db.stores).access.createAccount({
            name,
            email: `${name}@example.org`,
            passwordHash: 'x',
          }),
        ),
      );
      expect(made.filter((a) => a.admin)).toHaveLength(1);
      expect((await store().accounts()).filter((a) => a.admin)).toHaveLength(1);
    });

    it('refuses a second account with an e-mail address, as EmailTaken, and stores nothing of it', async () => {
      await account('Lina', 'lina@example.org');
      await expect(account('Lina igen', 'lina@example.org')).rejects.toBeInstanceOf(EmailTaken);
      const attempts = await Promise.allSettled([
        account('X', 'same@example.org'),
        account('Y', 'same@example.org'),
      ]);
      expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
      const refused = attempts.find((a) => a.status === 'rejected');
      expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(EmailTaken);
      expect((await store().accounts()).map((a) => a.email).sort()).toEqual([
        'lina@example.org',
        'same@example.org',
      ]);
    });

    it('lists accounts by name, without their password hashes', async () => {
      await account('Osman');
      await account('Beata');
      await account('Lina');
      const accounts = await store().accounts();
      expect(accounts.map((a) => a.name)).toEqual(['Beata', 'Lina', 'Osman']);
      expect(JSON.stringify(accounts)).not.toContain('hash of');
    });

    it('finds a session until it expires, and not after it was deleted', async () => {
      const lina = await account('Lina');
      await store().createSession('session-hash', lina.id, 'csrf', at(HOUR));
      expect(await store().session('session-hash', at(0))).toEqual({
        account: lina,
        csrfToken: 'csrf',
        expiresAt: at(HOUR),
      });
      expect(await store().session('session-hash', at(HOUR))).toBeUndefined();
      expect(await store().session('session-hash', at(2 * HOUR))).toBeUndefined();
      expect(await store().session('other-hash', at(0))).toBeUndefined();
      await store().deleteSession('session-hash');
      expect(await store().session('session-hash', at(0))).toBeUndefined();
    });

    it('keeps series, listed by name', async () => {
      const b = await store().createSeries('Styrgrupp');
      const a = await store().createSeries('Rektorsnätverk');
      expect(b).toEqual({ id: b.id, name: 'Styrgrupp', createdAt: expect.any(String) });
      expect(await store().series(b.id)).toEqual(b);
      expect(await store().series('none')).toBeUndefined();
      expect(await store().allSeries()).toEqual([a, b]);
    });

    it('sets, replaces and removes roles; a meeting’s own role comes before its series’', async () => {
      const lina = await account('Lina');
      const osman = await account('Osman');
      const series = await store().createSeries('Styrgrupp');
      expect(await store().roleIn(MEETING, series.id, lina.id)).toBeNull();
      await store().setRole('series', series.id, lina.id, 'participant');
      expect(await store().roleIn(MEETING, series.id, lina.id)).toBe('participant');
      expect(await store().roleIn(MEETING, null, lina.id)).toBeNull();
      await store().setRole('meeting', MEETING, lina.id, 'reader');
      await store().setRole('meeting', MEETING, lina.id, 'secretary');
      expect(await store().roleIn(MEETING, series.id, lina.id)).toBe('secretary');
      expect(await store().roleIn(MEETING, null, lina.id)).toBe('secretary');
      await store().setRole('meeting', MEETING, osman.id, 'verifier');
      expect(await store().members('meeting', MEETING)).toEqual([
        {
          account: { id: lina.id, name: 'Lina', email: 'lina@example.org' },
          role: 'secretary',
          scope: 'meeting',
        },
        {
          account: { id: osman.id, name: 'Osman', email: 'osman@example.org' },
          role: 'verifier',
          scope: 'meeting',
        },
      ]);
      expect((await store().scopesOf(lina.id)).sort((x, y) => x.scope.localeCompare(y.scope))).toEqual([
        { scope: 'meeting', scopeId: MEETING, role: 'secretary' },
        { scope: 'series', scopeId: series.id, role: 'participant' },
      ]);
      expect(await store().removeRole('meeting', MEETING, lina.id)).toBe(true);
      expect(await store().removeRole('meeting', MEETING, lina.id)).toBe(false);
      expect(await store().roleIn(MEETING, series.id, lina.id)).toBe('participant');
    });

    it('uses an invite once, before it expires, even when two try at once', async () => {
      const lina = await account('Lina');
      const osman = await account('Osman');
      const invite = {
        scope: 'meeting',
        scopeId: MEETING,
        role: 'participant',
        expiresAt: at(HOUR),
      } as const;
      await store().createInvite('invite-hash', invite, lina.id);
      await store().createInvite('expired-hash', { ...invite, expiresAt: at(0) }, lina.id);
      expect(await store().invite('invite-hash')).toEqual({ ...invite, usedAt: null });
      expect(await store().invite('unknown')).toBeUndefined();
      expect(await store().useInvite('expired-hash', osman.id, at(1))).toBe(false);
      const other = await db.another();
      const uses = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? other : db.stores).access.useInvite('invite-hash', osman.id, at(i)),
        ),
      );
      expect(uses.filter(Boolean)).toHaveLength(1);
      expect((await store().invite('invite-hash'))?.usedAt).toEqual(expect.any(String));
      expect(await store().useInvite('invite-hash', lina.id, at(10))).toBe(false);
    });

    it('keeps script tokens of a meeting with their role and expiry', async () => {
      const { id } = await db.stores.meetings.create({ title: 'Styrgrupp', date: '2026-02-24' });
      await store().createApiToken('token-hash', { meetingId: id, role: 'reader', expiresAt: at(HOUR) });
      await store().createApiToken('forever-hash', { meetingId: id, role: 'secretary', expiresAt: null });
      expect(await store().apiToken('token-hash')).toEqual({
        meetingId: id,
        role: 'reader',
        expiresAt: at(HOUR),
      });
      expect(await store().apiToken('forever-hash')).toEqual({
        meetingId: id,
        role: 'secretary',
        expiresAt: null,
      });
      expect(await store().apiToken('unknown')).toBeUndefined();
      await expect(
        store().createApiToken('orphan-hash', { meetingId: MEETING, role: 'reader', expiresAt: null }),
      ).rejects.toThrow();
      await expect(
        store().createApiToken('token-hash', { meetingId: id, role: 'participant', expiresAt: null }),
      ).rejects.toThrow();
    });
  });
}
