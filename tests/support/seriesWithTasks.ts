import { DOCUMENT_FIELD, type Meeting, type Minutes, minutesContent as m, type Role } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import { afterEach, beforeEach } from 'vitest';
import type { TestClient } from './connectClient.js';
import type { Person } from './people.js';
import { startServer, type TestServer } from './startServer.js';
import { waitFor } from './waitFor.js';
import { toYNode } from './yContent.js';

/**
 * A series of two meetings with tasks and decisions, and a meeting of another series, written
 * by writers connected over y-websocket (who stay connected):
 * - Lina Svensson is a participant of the series and of the other meeting;
 * - Rut Läsare is a reader of the series; Otto Utanför has no role anywhere.
 */
export interface SeriesWithTasks {
  seriesId: string;
  january: Meeting;
  february: Meeting;
  other: Meeting;
  lina: Person;
  rut: Person;
  otto: Person;
  /** The writers' clients, by meeting id. */
  writers: Map<string, TestClient>;
}

export const JANUARY = m.doc(
  m.meetingHeader({
    title: 'Styrgrupp januari',
    date: '2026-01-15',
    startTime: '13:00',
    endTime: '15:00',
    room: 'Rum 3',
  }),
  m.attendeeList(
    m.attendee('Lina Svensson'),
    m.attendee('Osman Ali'),
    m.attendee('Per Persson'),
    m.attendee('Rut Läsare', { attendance: 'absent' }),
  ),
  m.agendaItem('Budget', [
    m.decision('Budgeten för 2026 godkänns.', { id: 'd-budget' }),
    m.actionItem('Ta fram budgetförslag', { id: 'budget', assignees: ['Lina'], due: '2020-01-20' }),
    m.actionItem('Boka lokal', { id: 'lokal', assignees: ['Osman Ali'], due: '2099-01-01' }),
    m.actionItem('Skicka kallelse', {
      id: 'kallelse',
      assignees: ['Lina Svensson'],
      due: '2020-01-10',
      status: 'done',
    }),
  ]),
  m.agendaItem('Övrigt', [
    m.decision('Nästa möte hålls digitalt.', { id: 'd-digitalt', reservations: ['Osman Ali'] }),
    m.actionItem('Sammanställ synpunkter', { id: 'utan-datum', assignees: ['Per'] }),
    m.actionItem('Läs in underlaget', { id: 'rut-task', assignees: ['Rut Läsare'], due: '2099-02-01' }),
  ]),
  m.nextMeeting({ date: '2026-02-20', time: '13.00–15.00', place: 'Stadshuset' }),
);

export const FEBRUARY = m.doc(
  m.meetingHeader({ title: 'Styrgrupp februari', date: '2026-02-20' }),
  // Two Linas: "Lina" alone names neither for sure.
  m.attendeeList(m.attendee('Lina Svensson'), m.attendee('Lina Berg')),
  m.agendaItem('Uppföljning', [
    m.actionItem('Följ upp budgeten', { id: 'folj-upp', assignees: ['Lina'], due: '2020-01-20' }),
    m.actionItem('Rapportera till nätverket', {
      id: 'lina-m2',
      assignees: ['Lina Svensson'],
      due: '2099-03-01',
    }),
    m.decision('Uppföljningen godkänns.', { id: 'd-uppfoljning' }),
  ]),
  m.nextMeeting({ date: '2026-04-20', time: '09:00', place: 'Nyköping' }),
);

export const OTHER = m.doc(
  m.meetingHeader({ title: 'Rektorsnätverket', date: '2026-03-01' }),
  m.attendeeList(m.attendee('Lina Svensson')),
  m.agendaItem('Frågor', [
    m.actionItem('Samla rektorernas frågor', {
      id: 'rektor',
      assignees: ['lina svensson'],
      due: '2099-04-01',
    }),
  ]),
);

/**
 * For a test file: before each test a new server (SQLite) with the series written into it, handed
 * to `started`; after each, the writers leave and the server stops.
 */
export function useSeriesWithTasks(started: (server: TestServer, series: SeriesWithTasks) => void): void {
  let running: { server: TestServer; series: SeriesWithTasks } | undefined;
  beforeEach(async () => {
    const server = await startServer({ storage: 'sqlite' });
    running = { server, series: await seriesWithTasks(server) };
    started(running.server, running.series);
  });
  afterEach(async () => {
    for (const client of running?.series.writers.values() ?? []) client.destroy();
    await running?.server.stop();
    running = undefined;
  });
}

export async function seriesWithTasks(server: TestServer): Promise<SeriesWithTasks> {
  const { owner } = server;
  const created = await owner.fetch('/api/series', { method: 'POST', json: { name: 'Styrgrupp' } });
  const seriesId = ((await created.json()) as { id: string }).id;
  const meeting = async (title: string, date: string, inSeries: boolean) => {
    const response = await owner.fetch('/api/meetings', {
      method: 'POST',
      json: { title, date, ...(inSeries ? { seriesId } : {}) },
    });
    if (response.status !== 201) throw new Error(`could not create ${title}: ${response.status}`);
    return (await response.json()) as Meeting;
  };
  const january = await meeting('Styrgrupp januari', '2026-01-15', true);
  const february = await meeting('Styrgrupp februari', '2026-02-20', true);
  const other = await meeting('Rektorsnätverket', '2026-03-01', false);
  const [lina, rut, otto] = [
    await server.signUp('Lina Svensson'),
    await server.signUp('Rut Läsare'),
    await server.signUp('Otto Utanför'),
  ];
  const give = async (path: string, person: Person, role: Role) => {
    const response = await owner.fetch(`${path}/members/${person.id}`, { method: 'PUT', json: { role } });
    if (response.status !== 200) throw new Error(`could not give ${person.name} a role: ${response.status}`);
  };
  await give(`/api/series/${seriesId}`, lina, 'participant');
  await give(`/api/series/${seriesId}`, rut, 'reader');
  await give(`/api/meetings/${other.id}`, lina, 'participant');
  const writers = new Map<string, TestClient>();
  for (const [target, content] of [
    [january, JANUARY],
    [february, FEBRUARY],
    [other, OTHER],
  ] as const) {
    writers.set(target.id, await write(server, target.id, content));
  }
  return { seriesId, january, february, other, lina, rut, otto, writers };
}

/** Replaces the meeting's document, as its writers would, and waits until its minutes have the tasks. */
export async function write(
  server: TestServer,
  meetingId: string,
  content: JSONContent,
): Promise<TestClient> {
  const client = await server.connectSynced(meetingId);
  const fragment = client.doc.getXmlFragment(DOCUMENT_FIELD);
  client.doc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.push((content.content ?? []).map(toYNode));
  });
  const tasks = JSON.stringify(content).split('"actionItem"').length - 1;
  await waitFor(async () => {
    const response = await server.owner.fetch(`/api/meetings/${meetingId}/minutes`);
    const { minutes } = (await response.json()) as { minutes: Minutes };
    return minutes.actions.length === tasks && minutes.title !== null;
  });
  return client;
}
