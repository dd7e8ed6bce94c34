import { DOCUMENT_FIELD, type Meeting, type Minutes, minutesContent as m } from '@minutes/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { TestClient } from '../support/connectClient.js';
import { startServer, type TestServer } from '../support/startServer.js';
import { waitFor } from '../support/waitFor.js';
import { toYNode } from '../support/yContent.js';

let server: TestServer;
let clients: TestClient[] = [];

beforeEach(async () => {
  server = await startServer({ storage: 'sqlite' });
});

afterEach(async () => {
  for (const client of clients) client.destroy();
  clients = [];
  await server.stop();
});

async function create(title: string, date: string): Promise<Meeting> {
  const response = await server.owner.fetch('/api/meetings', { method: 'POST', json: { title, date } });
  expect(response.status).toBe(201);
  return (await response.json()) as Meeting;
}

async function next(from: Meeting, date: string): Promise<Meeting> {
  const response = await server.owner.fetch(`/api/meetings/${from.id}/next`, {
    method: 'POST',
    json: { date },
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Meeting;
}

async function minutesOf(id: string): Promise<Minutes> {
  const response = await server.owner.fetch(`/api/meetings/${id}/minutes`);
  return ((await response.json()) as { minutes: Minutes }).minutes;
}

/** Replaces a meeting's document, as writers in the meeting would have, and waits for its minutes. */
async function write(id: string, content: ReturnType<typeof m.doc>, decisions = 0): Promise<TestClient> {
  const client = await server.connectSynced(id);
  clients.push(client);
  const fragment = client.doc.getXmlFragment(DOCUMENT_FIELD);
  client.doc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.push((content.content ?? []).map(toYNode));
  });
  await waitFor(
    async () =>
      (await minutesOf(id)).decisions.length === decisions && (await minutesOf(id)).agenda.length > 0,
  );
  return client;
}

async function documentOf(id: string): Promise<string> {
  const client = await server.connectSynced(id);
  clients.push(client);
  return client.doc.getXmlFragment(DOCUMENT_FIELD).toString();
}

describe('a new meeting from the previous one', () => {
  it('puts every meeting in a series; the new one copies the attendees and lists what is still open', async () => {
    const first = await create('Styrgrupp', '2026-01-20');
    expect(first.seriesId).toBeTruthy();
    const series = (await (await server.owner.fetch(`/api/series/${first.seriesId}`)).json()) as {
      name: string;
      role: string;
    };
    expect(series).toMatchObject({ name: 'Styrgrupp', role: 'secretary' });

    const openTask = m.actionItem('Lina tar fram ett förslag till budget.', {
      assignees: ['Lina Berg'],
      due: '2026-02-10',
    });
    const doneTask = m.actionItem('Osman bokar lokal.', { assignees: ['Osman Aytar'], status: 'done' });
    await write(
      first.id,
      m.doc(
        m.meetingHeader({ title: 'Styrgrupp', date: '2026-01-20' }),
        m.attendeeList(
          m.attendee('Lina Berg', { role: 'Rektor', organisation: 'Skolan', duty: 'chair' }),
          m.attendee('Osman Aytar', { attendance: 'absent' }),
        ),
        m.agendaItem('Budget', [m.decision('Budgeten bereds vidare.'), openTask, doneTask]),
        m.agendaItem('Lokalfrågan', [m.paragraph('Bordläggs till nästa möte.')], { status: 'tabled' }),
      ),
      1,
    );

    const second = await next(first, '2026-02-17');
    expect(second).toMatchObject({ seriesId: first.seriesId, title: 'Styrgrupp', date: '2026-02-17' });
    const text = await documentOf(second.id);
    expect(text).toContain('Lina Berg');
    expect(text).toContain('Osman Aytar');
    expect(text).toContain('Uppföljning från föregående möte');
    expect(text).toContain('Lina tar fram ett förslag till budget.');
    expect(text).toContain(`/meetings/${first.id}#uppgift-${openTask.attrs?.id}`);
    expect(text).not.toContain('Osman bokar lokal.');
    const minutes = await minutesOf(second.id);
    expect(minutes.agenda.map((item) => item.title)).toEqual([
      'Mötets öppnande',
      'Uppföljning från föregående möte',
      'Lokalfrågan',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.duty])).toEqual([
      ['Lina Berg', 'chair'],
      ['Osman Aytar', null],
    ]);
    expect(minutes.series).toBe('Styrgrupp');

    // The second meeting takes up the tabled item; the task stays open and is carried again.
    const third = await next(second, '2026-03-17');
    const thirdMinutes = await minutesOf(third.id);
    expect(thirdMinutes.agenda.map((item) => item.title)).toEqual([
      'Mötets öppnande',
      'Uppföljning från föregående möte',
    ]);
    expect(await documentOf(third.id)).toContain('Lina tar fram ett förslag till budget.');

    // Done in the first meeting's document: no longer carried.
    const writer = clients[0] as TestClient;
    const agendaItem = writer.doc.getXmlFragment(DOCUMENT_FIELD).get(2) as Y.XmlElement;
    const task = agendaItem
      .toArray()
      .find((node) => (node as Y.XmlElement).getAttribute?.('id') === openTask.attrs?.id) as Y.XmlElement;
    task.setAttribute('status', 'done');
    await waitFor(async () =>
      (await minutesOf(first.id)).actions.every((action) => action.status === 'done'),
    );
    const fourth = await next(third, '2026-04-14');
    const fourthText = await documentOf(fourth.id);
    expect(fourthText).not.toContain('Lina tar fram ett förslag till budget.');
    expect(fourthText).toContain('Inga öppna uppgifter eller bordlagda ärenden.');

    const listed = (await (await server.owner.fetch(`/api/series/${first.seriesId}/meetings`)).json()) as {
      meetings: Meeting[];
    };
    expect(listed.meetings.map((meeting) => meeting.date)).toEqual([
      '2026-04-14',
      '2026-03-17',
      '2026-02-17',
      '2026-01-20',
    ]);
  });

  it('is only for the secretary; bad dates are refused and create nothing', async () => {
    const first = await create('Styrgrupp', '2026-01-20');
    const per = await server.signUp('Per');
    await server.owner.fetch(`/api/meetings/${first.id}/members/${per.id}`, {
      method: 'PUT',
      json: { role: 'participant' },
    });
    const outsider = await server.signUp('Otto');
    const asPer = await per.fetch(`/api/meetings/${first.id}/next`, {
      method: 'POST',
      json: { date: '2026-02-01' },
    });
    expect(asPer.status).toBe(403);
    const asOutsider = await outsider.fetch(`/api/meetings/${first.id}/next`, {
      method: 'POST',
      json: { date: '2026-02-01' },
    });
    expect(asOutsider.status).toBe(404);
    expect((await outsider.fetch(`/api/series/${first.seriesId}`)).status).toBe(404);
    const badDate = await server.owner.fetch(`/api/meetings/${first.id}/next`, {
      method: 'POST',
      json: { date: '17/2' },
    });
    expect(badDate.status).toBe(400);
    expect(await server.meetings.list()).toHaveLength(1);
    // Per sees the series through his meeting, and only that meeting.
    expect((await per.fetch(`/api/series/${first.seriesId}`)).status).toBe(200);
  });
});
