import { emptyMinutes, type MeetingId, type Minutes } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import { freshStores, type StoreBackend } from './storeBackends.js';

const agendaReference = (number: number, title: string) => ({
  agendaItemId: `agenda-${number}`,
  agendaItemNumber: number,
  agendaItemTitle: title,
});

/** Minutes with every part filled, consistent with what the store derives (secretary, tabled, …). */
const FULL: Minutes = {
  series: 'Styrgrupp Tillsammans för barnens bästa',
  title: 'Styrgruppsmöte',
  date: '2026-02-24',
  startTime: '09:00',
  endTime: '11:30',
  room: 'Rum Åsen',
  videoLink: 'https://meet.example.org/styrgrupp',
  attendees: [
    {
      id: 'att-1',
      name: 'Lina Ek',
      role: 'Ordförande',
      organisation: 'Kommunen',
      attendance: 'present',
      duty: 'chair',
    },
    {
      id: 'att-2',
      name: 'Osman Ali',
      role: null,
      organisation: 'Regionen',
      attendance: 'remote',
      duty: 'verifier',
    },
    {
      id: 'att-3',
      name: 'Sara Berg',
      role: null,
      organisation: null,
      attendance: 'present',
      duty: 'secretary',
    },
  ],
  absent: [
    { id: 'att-4', name: 'Per Holm', role: 'Rektor', organisation: null, attendance: 'excused', duty: null },
    {
      id: 'att-5',
      name: 'Vera Sand',
      role: null,
      organisation: null,
      attendance: 'absent',
      duty: 'verifier',
    },
  ],
  secretary: 'Sara Berg',
  chair: 'Lina Ek',
  verifiers: ['Osman Ali', 'Vera Sand'],
  agenda: [
    { id: 'agenda-1', number: 1, title: 'Mötets öppnande', presenter: null, status: 'done' },
    { id: 'agenda-2', number: 2, title: 'Budget 2026', presenter: 'Lina Ek', status: 'open' },
    { id: 'agenda-3', number: 3, title: 'Lokalfrågan', presenter: null, status: 'tabled' },
  ],
  decisions: [
    {
      id: 'dec-1',
      text: 'Budgeten fastställs till 100 000 kr.',
      reservations: ['Per Holm', 'Osman Ali'],
      ...agendaReference(2, 'Budget 2026'),
    },
    {
      id: 'dec-2',
      text: 'Mötet förklaras öppnat.',
      reservations: [],
      ...agendaReference(1, 'Mötets öppnande'),
    },
  ],
  actions: [
    {
      id: 'act-1',
      text: 'Lina och Osman tar fram ett förslag till nästa möte.',
      assignees: ['Lina Ek', 'Osman Ali'],
      due: 'nästa möte',
      dueDate: '2026-03-24',
      status: 'open',
      ...agendaReference(2, 'Budget 2026'),
    },
    {
      id: 'act-2',
      text: 'Boka lokal.',
      assignees: [],
      due: null,
      dueDate: null,
      status: 'done',
      agendaItemId: null,
      agendaItemNumber: null,
      agendaItemTitle: null,
    },
  ],
  tabled: [{ agendaItemId: 'agenda-3', agendaItemNumber: 3, text: 'Lokalfrågan' }],
  next_meeting: { id: 'next-1', date: '2026-03-24', time: '09.00–11.00', place: 'Rum Åsen' },
};

const EMPTY: Minutes = emptyMinutes(null);

/** The behaviour every MinutesStore must have, run against each kind of database. */
export function minutesStoreContract(backend: StoreBackend): void {
  describe(`${backend.name} fulfils the MinutesStore contract`, () => {
    const db = freshStores(backend);

    async function meeting(title = 'Styrgruppsmöte'): Promise<MeetingId> {
      return (await db.stores.meetings.create({ title, date: '2026-02-24' })).id;
    }

    it('has no minutes for a meeting never extracted', async () => {
      expect(await db.stores.minutes.get(await meeting())).toBeUndefined();
    });

    it('gives back every part of the minutes as saved, in order', async () => {
      const id = await meeting();
      await db.stores.minutes.save(id, FULL);
      expect(await db.stores.minutes.get(id)).toEqual(FULL);
      await db.stores.minutes.save(id, EMPTY);
      expect(await db.stores.minutes.get(id)).toEqual(EMPTY);
    });

    it('replaces the minutes of a meeting and leaves other meetings alone', async () => {
      const [a, b] = [await meeting('A'), await meeting('B')];
      await db.stores.minutes.save(a, FULL);
      await db.stores.minutes.save(b, FULL);
      const fewer: Minutes = {
        ...FULL,
        decisions: FULL.decisions.slice(1),
        actions: [],
        agenda: FULL.agenda.slice(0, 1),
        tabled: [],
      };
      await db.stores.minutes.save(a, fewer);
      expect(await db.stores.minutes.get(a)).toEqual(fewer);
      expect(await db.stores.minutes.get(b)).toEqual(FULL);
    });

    it('keeps items without an id, and items whose id repeats, keyed by their position', async () => {
      const id = await meeting();
      const decision = FULL.decisions[1] as Minutes['decisions'][number];
      const decisions = [
        { ...decision, id: 'same', text: 'Första.' },
        { ...decision, id: 'same', text: 'Andra.' },
        { ...decision, id: null, text: 'Tredje.' },
      ];
      await db.stores.minutes.save(id, { ...EMPTY, decisions });
      const stored = await db.stores.minutes.get(id);
      expect(stored?.decisions.map((d) => [d.id, d.text])).toEqual([
        ['same', 'Första.'],
        ['#1', 'Andra.'],
        ['#2', 'Tredje.'],
      ]);
    });

    it('writes only the lists that changed, and the rest of the minutes each time', async () => {
      const id = await meeting();
      await db.stores.minutes.save(id, FULL);
      const typed: Minutes = {
        ...FULL,
        title: 'Styrgrupp, extra möte',
        decisions: FULL.decisions.map((d) => ({ ...d, text: `${d.text} Med tillägg.` })),
      };
      const unchanged = new Set(['attendees', 'agenda', 'actions'] as const);
      await db.stores.minutes.save(id, typed, { unchanged });
      expect(await db.stores.minutes.get(id)).toEqual(typed);
      // A list named unchanged is left as stored, even where the minutes given differ.
      await db.stores.minutes.save(id, { ...typed, actions: [], agenda: [] }, { unchanged });
      expect(await db.stores.minutes.get(id)).toEqual(typed);
      await db.stores.minutes.save(id, { ...typed, actions: [] }, { unchanged: new Set(['agenda']) });
      expect(await db.stores.minutes.get(id)).toEqual({ ...typed, actions: [] });
    });

    it('refuses minutes of a meeting that does not exist', async () => {
      await expect(db.stores.minutes.save('n'.repeat(22) as MeetingId, FULL)).rejects.toThrow();
    });

    it('ends saves of one meeting made at once with one of them whole', async () => {
      const id = await meeting();
      const versions = Array.from({ length: 6 }, (_, i) => ({
        ...FULL,
        title: `Version ${i}`,
        decisions: FULL.decisions.map((d) => ({ ...d, text: `${d.text} (${i})` })),
      }));
      const other = await db.another();
      await Promise.all(versions.map((m, i) => (i % 2 ? other : db.stores).minutes.save(id, m)));
      const stored = await db.stores.minutes.get(id);
      const winner = versions.find((m) => m.title === stored?.title);
      expect(stored).toEqual(winner);
    });
  });
}
