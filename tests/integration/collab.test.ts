import { CloseCode, DOCUMENT_FIELD } from '@minutes/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient } from '../support/connectClient.js';
import { startServer, type TestServer } from '../support/startServer.js';
import { waitFor } from '../support/waitFor.js';

let server: TestServer;
let clients: TestClient[];

beforeEach(async () => {
  server = await startServer({ storage: 'sqlite' });
  clients = [];
});

afterEach(async () => {
  for (const client of clients) client.destroy();
  await server.stop();
});

async function join(meetingId: string): Promise<TestClient> {
  const client = await server.connectSynced(meetingId);
  clients.push(client);
  return client;
}

function textOf(client: TestClient): string {
  return client.doc.getText('notes').toString();
}

describe('live co-editing over y-websocket', () => {
  it('a new meeting starts from the template the server seeded, once', async () => {
    const id = await server.createMeeting('Styrgrupp 24 februari');
    const [a, b] = await Promise.all([join(id), join(id)]);
    for (const client of [a, b]) {
      const blocks = client.doc.getXmlFragment(DOCUMENT_FIELD).toArray() as Y.XmlElement[];
      expect(blocks.map((block) => block.nodeName)).toEqual([
        'meetingHeader',
        'attendeeList',
        'agendaItem',
        'nextMeeting',
      ]);
      expect(blocks[0]?.getAttribute('title')).toBe('Styrgrupp 24 februari');
      expect(blocks[0]?.getAttribute('date')).toBe('2026-02-24');
    }
  });

  it('two clients typing at once converge', async () => {
    const id = await server.createMeeting();
    const [a, b] = await Promise.all([join(id), join(id)]);
    for (let i = 0; i < 50; i++) {
      a.doc.getText('notes').insert(0, 'a');
      b.doc.getText('notes').insert(textOf(b).length, 'b');
    }
    await waitFor(() => textOf(a).length === 100 && textOf(a) === textOf(b));
    expect(textOf(a).replaceAll('b', '')).toBe('a'.repeat(50));
    expect(textOf(a).replaceAll('a', '')).toBe('b'.repeat(50));
  });

  it('twenty clients editing at once converge, and the server holds the same document', async () => {
    const id = await server.createMeeting();
    const many = await Promise.all(Array.from({ length: 20 }, () => join(id)));
    many.forEach((client, n) => {
      for (let i = 0; i < 10; i++) client.doc.getArray<string>('lines').push([`${n}:${i}`]);
      client.doc.getText('notes').insert(0, String.fromCharCode(65 + n));
    });
    await waitFor(() => many.every((client) => client.doc.getArray('lines').length === 200));
    const expected = Y.encodeStateAsUpdate(many[0]?.doc as Y.Doc);
    for (const client of many) {
      expect(client.doc.getArray('lines').toJSON()).toEqual(many[0]?.doc.getArray('lines').toJSON());
      expect(textOf(client)).toBe(textOf(many[0] as TestClient));
    }
    const stored = new Y.Doc();
    await waitFor(async () => {
      const { updates } = await server.documents.load(id);
      Y.applyUpdate(stored, Y.mergeUpdates(updates));
      return stored.getArray('lines').length === 200;
    });
    const fromServer = new Y.Doc();
    Y.applyUpdate(fromServer, expected);
    expect(stored.getArray('lines').toJSON().sort()).toEqual(fromServer.getArray('lines').toJSON().sort());
  });

  it('a late joiner receives the whole document', async () => {
    const id = await server.createMeeting();
    const writer = await join(id);
    writer.doc.getText('notes').insert(0, 'Beslut: Godkänner uppdaterad överenskommelse.');
    writer.doc.getArray('lines').push(['one', 'two']);
    await waitFor(async () => (await server.documents.load(id)).updates.length >= 2);
    writer.destroy();
    const late = await join(id);
    expect(textOf(late)).toBe('Beslut: Godkänner uppdaterad överenskommelse.');
    expect(late.doc.getArray('lines').toJSON()).toEqual(['one', 'two']);
  });

  it('awareness reaches the others and leaves with its connection', async () => {
    const id = await server.createMeeting();
    const [a, b, c] = await Promise.all([join(id), join(id), join(id)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Lina', color: '#2f6f4f' });
    const seen = (client: TestClient) =>
      [...client.provider.awareness.getStates().values()].some((state) => state.user?.name === 'Lina');
    await waitFor(() => seen(b) && seen(c));
    a.provider.disconnect();
    await waitFor(() => !seen(b) && !seen(c));
  });

  it('an unknown meeting is refused and nothing is created', async () => {
    const missing = 'AAAAAAAAAAAAAAAAAAAAAA';
    // A valid token, but for another meeting than the one asked for.
    const other = await server.createMeeting();
    const client = connectClient(server.wsUrl, missing, { token: await server.tokenFor(other) });
    clients.push(client);
    const closed = await new Promise<{ code: number }>((resolve) => client.provider.once('closed', resolve));
    expect(closed.code).toBe(CloseCode.MeetingNotFound);
    expect(client.provider.shouldConnect).toBe(false);
    expect((await server.documents.load(missing)).updates).toHaveLength(0);
    expect(server.server.registry.loadedCount).toBe(0);
  });

  it('keeps editing after the document was unloaded and loaded again', async () => {
    await server.stop();
    server = await startServer({ storage: 'sqlite', limits: { unloadAfterMs: 20 } });
    const id = await server.createMeeting();
    const first = await join(id);
    first.doc.getText('notes').insert(0, 'före');
    await waitFor(async () => (await server.documents.load(id)).updates.length > 0);
    first.destroy();
    await waitFor(() => server.server.registry.loadedCount === 0);
    const second = await join(id);
    expect(textOf(second)).toBe('före');
    second.doc.getText('notes').insert(4, ' och efter');
    const third = await join(id);
    await waitFor(() => textOf(third) === 'före och efter');
  });
});
