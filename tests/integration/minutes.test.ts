import {
  DOCUMENT_FIELD,
  MessageType,
  type Minutes,
  minutesContent as m,
  SCHEMA_PARAM,
  SCHEMA_VERSION,
} from '@minutes/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { TestClient } from '../support/connectClient.js';
import { startServer, type TestServer } from '../support/startServer.js';
import { waitFor } from '../support/waitFor.js';
import { blocks, toYNode } from '../support/yContent.js';

let server: TestServer;
let clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients) client.destroy();
  clients = [];
  await server.stop();
});

async function join(id: string, params?: Record<string, string>): Promise<TestClient> {
  const client = await server.connectSynced(id, params);
  clients.push(client);
  return client;
}

async function minutesOf(id: string): Promise<Minutes> {
  const response = await server.owner.fetch(`/api/meetings/${id}/minutes`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { minutes: Minutes }).minutes;
}

function fragment(client: TestClient): Y.XmlFragment {
  return client.doc.getXmlFragment(DOCUMENT_FIELD);
}

function firstAgendaItem(client: TestClient): Y.XmlElement {
  const item = blocks(fragment(client), 'agendaItem')[0];
  if (!item) throw new Error('no agenda item');
  return item;
}

describe('minutes extracted by the server', () => {
  it('serves the decisions and tasks that clients write, as JSON and Markdown', async () => {
    server = await startServer({ storage: 'sqlite' });
    const id = await server.createMeeting('Skolchefsnätverket');
    const secretary = await join(id);
    const list = blocks(fragment(secretary), 'attendeeList')[0] as Y.XmlElement;
    list.insert(0, [
      toYNode(m.attendee('Lina Larsson', { duty: 'secretary' })),
      toYNode(m.attendee('Osman Aytar', { attendance: 'remote' })),
    ]);
    firstAgendaItem(secretary).insert(2, [
      toYNode(m.decision('Godkänner uppdaterad överenskommelse.')),
      toYNode(
        m.actionItem('Ta fram ett förslag till nästa möte', {
          assignees: ['Lina Larsson', 'Osman Aytar'],
          due: '2026-03-13',
        }),
      ),
    ]);

    const minutes = await waitFor(async () => {
      const current = await minutesOf(id);
      return current.decisions.length === 1 && current.actions.length === 1 && current;
    });
    expect(minutes).toMatchObject({
      title: 'Skolchefsnätverket',
      date: '2026-02-24',
      secretary: 'Lina Larsson',
      attendees: [{ name: 'Lina Larsson' }, { name: 'Osman Aytar', attendance: 'remote' }],
      agenda: [{ number: 1, title: 'Mötets öppnande', status: 'open' }],
      decisions: [{ text: 'Godkänner uppdaterad överenskommelse.', agendaItemNumber: 1 }],
      actions: [
        {
          text: 'Ta fram ett förslag till nästa möte',
          assignees: ['Lina Larsson', 'Osman Aytar'],
          dueDate: '2026-03-13',
          status: 'open',
        },
      ],
    });
    expect(await server.minutes.get(id as never)).toEqual(minutes);

    const markdown = await server.owner.fetch(`/api/meetings/${id}/minutes.md`);
    expect(markdown.headers.get('content-type')).toMatch(/text\/markdown/);
    const text = await markdown.text();
    expect(text).toContain('**Beslut:** Godkänner uppdaterad överenskommelse\\.');
    expect(text).toContain('Ansvarig: Lina Larsson, Osman Aytar');
  });

  it('extracts at once when the last person leaves', async () => {
    server = await startServer({ storage: 'sqlite', extractAfterMs: 60_000 });
    const id = await server.createMeeting();
    const writer = await join(id);
    firstAgendaItem(writer).insert(1, [toYNode(m.decision('Bordläggs inte.'))]);
    await waitFor(async () => (await server.documents.load(id)).updates.length > 1);
    writer.provider.disconnect();
    const minutes = await waitFor(async () => {
      const stored = await server.minutes.get(id as never);
      return stored?.decisions.length === 1 && stored;
    });
    expect(minutes.decisions[0]?.text).toBe('Bordläggs inte.');
  });

  it('keeps the minutes current while people type without pause', async () => {
    server = await startServer({ storage: 'sqlite', extractAfterMs: 200 });
    const id = await server.createMeeting();
    const writer = await join(id);
    expect((await minutesOf(id)).decisions).toEqual([]);
    let typing = true;
    const notes = (firstAgendaItem(writer).get(2) as Y.XmlElement | undefined) ?? firstAgendaItem(writer);
    const loop = (async () => {
      for (let i = 0; typing && i < 2000; i++) {
        if (i === 5)
          firstAgendaItem(writer).insert(1, [toYNode(m.decision('Mötet godkänner dagordningen.'))]);
        notes.insert(notes.length, [toYNode(m.paragraph(`rad ${i}`))]);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const minutes = await waitFor(async () => {
      const current = await minutesOf(id);
      return current.decisions.length === 1 && current;
    });
    const stillTyping = typing;
    typing = false;
    await loop;
    expect(stillTyping).toBe(true);
    expect(minutes.decisions[0]?.text).toBe('Mötet godkänner dagordningen.');
  });

  it('two people changing the same task at once end with one task carrying both changes', async () => {
    server = await startServer({ storage: 'sqlite' });
    const id = await server.createMeeting();
    const a = await join(id);
    firstAgendaItem(a).insert(1, [
      toYNode(m.actionItem('Boka lokal', { id: 'task-1', assignees: ['Lina'] })),
    ]);
    const b = await join(id);
    await waitFor(() => firstAgendaItem(b).length === 3);
    const taskIn = (client: TestClient) => firstAgendaItem(client).get(1) as Y.XmlElement;
    a.provider.disconnect();
    b.provider.disconnect();
    taskIn(a).setAttribute('status', 'done');
    (taskIn(a).get(0) as Y.XmlText).insert(0, 'Snarast: ');
    taskIn(b).setAttribute('due', '2026-05-01');
    (taskIn(b).get(0) as Y.XmlText).insert('Boka lokal'.length, ' i Nyköping');
    a.provider.connect();
    b.provider.connect();

    const minutes = await waitFor(async () => {
      const current = await minutesOf(id);
      return (
        current.actions[0]?.status === 'done' &&
        current.actions[0]?.due === '2026-05-01' &&
        current.actions[0]?.text.endsWith('Nyköping') &&
        current
      );
    });
    expect(minutes.actions).toHaveLength(1);
    expect(minutes.actions[0]).toMatchObject({
      id: 'task-1',
      text: 'Snarast: Boka lokal i Nyköping',
      assignees: ['Lina'],
    });
  });

  it('tells a client with another schema version to reload and does not apply its edits', async () => {
    server = await startServer({ storage: 'sqlite' });
    const id = await server.createMeeting();
    const current = await join(id, { [SCHEMA_PARAM]: String(SCHEMA_VERSION) });
    const outdatedFrames: number[] = [];
    const outdated = await join(id, { [SCHEMA_PARAM]: String(SCHEMA_VERSION - 1) });
    expect(current.provider.messageHandlers[MessageType.SchemaOutdated]).toBeUndefined();
    // A plain provider knows no message type 101; the server sent it first thing after connecting.
    outdated.provider.messageHandlers[MessageType.SchemaOutdated] = () =>
      outdatedFrames.push(MessageType.SchemaOutdated);
    outdated.provider.disconnect();
    outdated.provider.connect();
    await waitFor(() => outdatedFrames.length === 1);

    firstAgendaItem(outdated).insert(1, [toYNode(m.decision('Från en gammal klient.'))]);
    firstAgendaItem(current).insert(1, [toYNode(m.decision('Från en aktuell klient.'))]);
    const seen = await join(id);
    await waitFor(() => firstAgendaItem(seen).toString().includes('Från en aktuell klient.'));
    expect(fragment(seen).toString()).not.toContain('Från en gammal klient.');
  });

  it('ignores nodes the schema does not know, without removing them from the live document', async () => {
    server = await startServer({ storage: 'sqlite' });
    const id = await server.createMeeting();
    const a = await join(id);
    fragment(a).insert(0, [toYNode({ type: 'madeUpWidget', attrs: { secret: 'x' } })]);
    firstAgendaItem(a).insert(1, [toYNode(m.decision('Syns ändå.'))]);
    await waitFor(async () => (await minutesOf(id)).decisions.length === 1);
    const b = await join(id);
    expect(blocks(fragment(b), 'madeUpWidget')).toHaveLength(1);
  });

  it('answers 404 for the minutes of an unknown meeting', async () => {
    server = await startServer();
    expect((await server.owner.fetch(`/api/meetings/AAAAAAAAAAAAAAAAAAAAAA/minutes`)).status).toBe(404);
    expect((await server.owner.fetch(`/api/meetings/nope/minutes.md`)).status).toBe(404);
  });
});
