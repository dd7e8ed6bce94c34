import type { MeetingId } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import { nextMillisecond } from '../support/nextMillisecond.js';
import { freshStores, type StoreBackend } from './storeBackends.js';

/** The behaviour every MeetingStore must have, run against each kind of database. */
export function meetingStoreContract(backend: StoreBackend): void {
  describe(`${backend.name} fulfils the MeetingStore contract`, () => {
    const db = freshStores(backend);

    it('creates a meeting with an unguessable id, and gets it back as it was made', async () => {
      const meeting = await db.stores.meetings.create({ title: 'Styrgrupp', date: '2026-02-24' });
      expect(meeting.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(meeting).toEqual({
        id: meeting.id,
        title: 'Styrgrupp',
        date: '2026-02-24',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        seriesId: null,
      });
      expect(await db.stores.meetings.get(meeting.id)).toEqual(meeting);
      expect(await db.stores.meetings.get('x'.repeat(22) as MeetingId)).toBeUndefined();
    });

    it('keeps the series a meeting belongs to, and refuses a series that does not exist', async () => {
      const series = await db.stores.access.createSeries('Skolchefsnätverket');
      const meeting = await db.stores.meetings.create({
        title: 'Nätverk',
        date: '2026-03-01',
        seriesId: series.id,
      });
      expect((await db.stores.meetings.get(meeting.id))?.seriesId).toBe(series.id);
      await expect(
        db.stores.meetings.create({ title: 'Vilse', date: '2026-03-01', seriesId: 'no-such-series' }),
      ).rejects.toThrow();
      expect(await db.stores.meetings.list()).toHaveLength(1);
    });

    it('lists the newest date first, and the later made first within a date', async () => {
      const make = async (title: string, date: string) => {
        await nextMillisecond();
        return (await db.stores.meetings.create({ title, date })).title;
      };
      await make('januari', '2026-01-15');
      await make('mars, först', '2026-03-10');
      await make('februari', '2026-02-20');
      await make('mars, sedan', '2026-03-10');
      expect((await db.stores.meetings.list()).map((meeting) => meeting.title)).toEqual([
        'mars, sedan',
        'mars, först',
        'februari',
        'januari',
      ]);
    });

    it('shows a meeting to every process on the database', async () => {
      const meeting = await db.stores.meetings.create({ title: 'Delad', date: '2026-04-01' });
      const other = await db.another();
      expect(await other.meetings.get(meeting.id)).toEqual(meeting);
    });
  });
}
