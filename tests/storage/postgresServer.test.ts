import { openPostgresStores } from '@minutes/server';
import {
  Access,
  DOCUMENT_FIELD,
  type MeetingId,
  MessageType,
  minutesContent as m,
  type SearchHit,
} from '@minutes/shared';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient } from '../support/connectClient.js';
import { usePostgres } from '../support/postgres.js';
import { type Cast, castMeeting } from '../support/roles.js';
import { startServer, type TestServer } from '../support/startServer.js';
import { waitFor } from '../support/waitFor.js';
import { toYNode } from '../support/yContent.js';

usePostgres();

let server: TestServer;
let cast: Cast;
let clients: TestClient[] = [];
let running = false;

beforeEach(async () => {
  server = await startServer({ storage: 'postgres' });
  running = true;
  cast = await castMeeting(server);
});

afterEach(async () => {
  await stop();
});

async function stop(): Promise<void> {
  for (const client of clients) client.destroy();
  clients = [];
  if (running) await server.stop();
  running = false;
}

/** A browser-like y-websocket client: the person's session cookie, and the Access values it is told. */
function join(person: Cast['secretary']): TestClient & { told: number[] } {
  const client = connectClient(server.wsUrl, cast.meetingId, {}, { cookie: person.cookie });
  clients.push(client);
  const told: number[] = [];
  client.provider.messageHandlers[MessageType.Access] = (_encoder, decoder) => {
    told.push(decoding.readVarUint(decoder));
  };
  client.provider.messageHandlers[MessageType.StateChanged] = () => {};
  return { ...client, told };
}

function text(client: TestClient): string {
  return client.doc.getXmlFragment(DOCUMENT_FIELD).toString();
}

describe('a server on PostgreSQL', () => {
  it('carries a collaboration through to finalised minutes, all of it kept in the database', async () => {
    const secretary = join(cast.secretary);
    const participant = join(cast.participant);
    await waitFor(() => secretary.provider.synced && participant.provider.synced);
    const { told } = participant;

    participant.doc
      .getXmlFragment(DOCUMENT_FIELD)
      .push([toYNode(m.decision('Budgeten för förskolorna fastställs.'))]);
    secretary.doc
      .getXmlFragment(DOCUMENT_FIELD)
      .push([toYNode(m.paragraph('Kvartalsrapporterna presenterades.'))]);
    await waitFor(
      () =>
        text(secretary).includes('Budgeten för förskolorna') &&
        text(participant).includes('Kvartalsrapporterna') &&
        text(secretary) === text(participant),
    );

    // The minutes extracted on the server, and the search index, are PostgreSQL's.
    await waitFor(async () => {
      const response = await cast.participant.fetch(`/api/meetings/${cast.meetingId}/minutes`);
      const { minutes } = (await response.json()) as { minutes: { decisions: Array<{ text: string }> } };
      return minutes.decisions.some((d) => d.text === 'Budgeten för förskolorna fastställs.');
    });
    await waitFor(async () => {
      const response = await cast.participant.fetch(
        `/api/search?q=${encodeURIComponent('kvartalsrapporten')}`,
      );
      const { hits } = (await response.json()) as { hits: SearchHit[] };
      return hits.length === 1 && hits[0]?.meetingId === cast.meetingId;
    });

    const finalised = await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/finalise`, {
      method: 'POST',
      json: {},
    });
    expect(finalised.status).toBe(201);
    expect(await finalised.json()).toMatchObject({
      number: 1,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await waitFor(() => told.includes(Access.Finalised));
    participant.doc.getXmlFragment(DOCUMENT_FIELD).push([toYNode(m.paragraph('Skrivet efter låsningen.'))]);
    await waitFor(() => told.filter((value) => value === Access.Finalised).length >= 2);

    const stored = await cast.participant.fetch(`/api/meetings/${cast.meetingId}/versions/1`);
    const version = (await stored.json()) as { minutes: { decisions: Array<{ text: string }> } };
    expect(version.minutes.decisions.map((d) => d.text)).toContain('Budgeten för förskolorna fastställs.');

    // After the server has gone, a new connection to the database finds everything it acknowledged.
    const url = server.databaseUrl as string;
    await stop();
    const stores = await openPostgresStores(url);
    try {
      const id = cast.meetingId as MeetingId;
      const { updates } = await stores.documents.load(id);
      const restored = new Y.Doc();
      for (const update of updates) Y.applyUpdate(restored, update);
      const document = restored.getXmlFragment(DOCUMENT_FIELD).toString();
      expect(document).toContain('Budgeten för förskolorna fastställs.');
      expect(document).toContain('Kvartalsrapporterna presenterades.');
      expect(document).not.toContain('Skrivet efter låsningen.');
      expect(await stores.versions.status(id)).toBe('finalised');
      expect((await stores.versions.versions(id)).map((v) => v.number)).toEqual([1]);
    } finally {
      await stores.close();
    }
  });
});
