import {
  Access,
  CloseCode,
  DOCUMENT_FIELD,
  MessageType,
  minutesContent as m,
  type VersionSummary,
} from '@minutes/shared';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient } from '../support/connectClient.js';
import { type Cast, castMeeting } from '../support/roles.js';
import { startServer, type TestServer } from '../support/startServer.js';
import { waitFor } from '../support/waitFor.js';
import { toYNode } from '../support/yContent.js';

let server: TestServer;
let cast: Cast;
let clients: TestClient[] = [];

beforeEach(async () => {
  server = await startServer({ storage: 'sqlite' });
  cast = await castMeeting(server);
});

afterEach(async () => {
  for (const client of clients) client.destroy();
  clients = [];
  await server.stop();
});

function track(client: TestClient): TestClient {
  clients.push(client);
  return client;
}

/** A browser-like client: the person's session cookie, no token. */
function asPerson(person: Cast['secretary'], meetingId = cast.meetingId): TestClient {
  return track(connectClient(server.wsUrl, meetingId, {}, { cookie: person.cookie }));
}

/** The Access values the server sent the client. */
function accessFrames(client: TestClient): number[] {
  const seen: number[] = [];
  client.provider.messageHandlers[MessageType.Access] = (_encoder, decoder) => {
    seen.push(decoding.readVarUint(decoder));
  };
  return seen;
}

function closedWith(client: TestClient): Promise<number> {
  return new Promise((resolve) =>
    client.provider.once('closed', ({ code }: { code: number }) => resolve(code)),
  );
}

function text(client: TestClient): string {
  return client.doc.getXmlFragment(DOCUMENT_FIELD).toString();
}

async function serverText(meetingId = cast.meetingId): Promise<string> {
  return server.server.registry.withRoom(meetingId, (room) =>
    room.doc.getXmlFragment(DOCUMENT_FIELD).toString(),
  );
}

async function finalise(): Promise<VersionSummary> {
  const response = await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/finalise`, {
    method: 'POST',
    json: {},
  });
  expect(response.status).toBe(201);
  return (await response.json()) as VersionSummary;
}

describe('who may open the live document', () => {
  it('refuses no credentials, a forged token, a forged cookie and another meeting’s token before any frame', async () => {
    const other = await server.createMeeting('Annat');
    const attempts: Array<[string, TestClient, number]> = [
      ['none', track(connectClient(server.wsUrl, cast.meetingId)), CloseCode.Unauthorized],
      [
        'forged token',
        track(connectClient(server.wsUrl, cast.meetingId, { token: 'A'.repeat(43) })),
        CloseCode.Unauthorized,
      ],
      [
        'garbage token',
        track(connectClient(server.wsUrl, cast.meetingId, { token: '<script>' })),
        CloseCode.Unauthorized,
      ],
      [
        'forged cookie',
        track(
          connectClient(server.wsUrl, cast.meetingId, {}, { cookie: `minutes_session=${'B'.repeat(43)}` }),
        ),
        CloseCode.Unauthorized,
      ],
      [
        'another meeting’s token',
        track(connectClient(server.wsUrl, cast.meetingId, { token: await server.tokenFor(other) })),
        CloseCode.Forbidden,
      ],
      ['an outsider', asPerson(cast.outsider), CloseCode.Forbidden],
      // Cross-site WebSocket hijacking: the cookie does not count from another origin.
      [
        'a cookie from another site',
        track(
          connectClient(
            server.wsUrl,
            cast.meetingId,
            {},
            { cookie: cast.secretary.cookie, origin: 'https://evil.example' },
          ),
        ),
        CloseCode.Unauthorized,
      ],
      // A reader never receives the draft, and nothing is published yet.
      ['a reader', asPerson(cast.reader), CloseCode.Forbidden],
    ];
    for (const [label, client, code] of attempts) {
      expect(await closedWith(client), label).toBe(code);
      expect(client.provider.shouldConnect, label).toBe(false);
      expect(client.doc.getXmlFragment(DOCUMENT_FIELD).length, label).toBe(0);
    }
    const secretary = asPerson(cast.secretary);
    await waitFor(() => secretary.provider.synced);
    expect(secretary.doc.getXmlFragment(DOCUMENT_FIELD).length).toBeGreaterThan(0);
  });

  it('an expired token gets no document', async () => {
    const token = await server.tokenFor(cast.meetingId, 'participant');
    server.db.prepare("UPDATE api_tokens SET expires_at = '2000-01-01T00:00:00.000Z'").run();
    const client = track(connectClient(server.wsUrl, cast.meetingId, { token }));
    expect(await closedWith(client)).toBe(CloseCode.Unauthorized);
  });
});

describe('finalise', () => {
  it('locks every editor at once, keeps what reached the server, and refuses what comes after', async () => {
    const secretary = asPerson(cast.secretary);
    const participant = asPerson(cast.participant);
    await waitFor(() => secretary.provider.synced && participant.provider.synced);
    const told = accessFrames(participant);
    const fragment = participant.doc.getXmlFragment(DOCUMENT_FIELD);
    fragment.push([toYNode(m.decision('Beslut före fastställandet.'))]);
    await waitFor(() => text(secretary).includes('Beslut före fastställandet.'));

    const version = await finalise();
    expect(version.number).toBe(1);
    expect(version.sha256).toMatch(/^[0-9a-f]{64}$/);
    await waitFor(() => told.includes(Access.Finalised));

    fragment.push([toYNode(m.paragraph('Skrivet efter låsningen.'))]);
    // The write is dropped, and the writer is told again.
    await waitFor(() => told.filter((value) => value === Access.Finalised).length >= 2);
    expect(await serverText()).not.toContain('Skrivet efter låsningen.');
    expect(text(secretary)).not.toContain('Skrivet efter låsningen.');

    const stored = await cast.participant.fetch(`/api/meetings/${cast.meetingId}/versions/1`);
    const body = (await stored.json()) as {
      minutes: { decisions: Array<{ text: string }> };
      document: unknown;
    };
    expect(body.minutes.decisions.map((d) => d.text)).toContain('Beslut före fastställandet.');
    expect(JSON.stringify(body.document)).not.toContain('Skrivet efter låsningen.');

    // A client that joins a finalised meeting is read-only from the start.
    const late = asPerson(cast.verifier);
    const lateTold = accessFrames(late);
    await waitFor(() => late.provider.synced);
    late.doc.getXmlFragment(DOCUMENT_FIELD).push([toYNode(m.paragraph('Sent påkommet.'))]);
    await waitFor(() => lateTold.includes(Access.Finalised));
    expect(await serverText()).not.toContain('Sent påkommet.');

    const again = await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/finalise`, {
      method: 'POST',
      json: {},
    });
    expect(again.status).toBe(409);
  });

  it('keeps every version on reopen, diffs them, and clears approvals for the new revision', async () => {
    const writer = asPerson(cast.participant);
    await waitFor(() => writer.provider.synced);
    const told = accessFrames(writer);
    const decision = m.decision('Budgeten fastställs till 100 000 kr.');
    writer.doc.getXmlFragment(DOCUMENT_FIELD).push([toYNode(decision)]);
    await waitFor(async () => (await serverText()).includes('100 000'));
    await finalise();
    let stateChanges = 0;
    writer.provider.messageHandlers[MessageType.StateChanged] = () => {
      stateChanges += 1;
    };
    const approve = (person: Cast['verifier'], number: number) =>
      person.fetch(`/api/meetings/${cast.meetingId}/versions/${number}/approvals`, {
        method: 'POST',
        json: { verdict: 'approved' },
      });
    expect((await approve(cast.verifier, 1)).status).toBe(201);
    // Everyone with the meeting open is told that its state changed, so their pages show the approval.
    await waitFor(() => stateChanges === 1);

    const reopened = await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/reopen`, {
      method: 'POST',
      json: {},
    });
    expect(reopened.status).toBe(200);
    await waitFor(() => told.includes(Access.Writable));
    const element = writer.doc.getXmlFragment(DOCUMENT_FIELD).toArray().at(-1) as Y.XmlElement;
    const content = element.get(0) as Y.XmlText;
    content.delete(21, 7);
    content.insert(21, '120 000');
    await waitFor(async () => (await serverText()).includes('120 000'));
    expect((await approve(cast.verifier, 1)).status).toBe(409);
    await finalise();

    const state = (await (await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/state`)).json()) as {
      versions: VersionSummary[];
    };
    expect(state.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(state.versions[0]?.approvals.map((a) => a.account.name)).toEqual(['Vera Justerare']);
    expect(state.versions[0]?.verified).toBe(true);
    expect(state.versions[1]?.approvals).toEqual([]);
    expect(state.versions[1]?.verified).toBe(false);
    expect(state.versions[0]?.sha256).not.toBe(state.versions[1]?.sha256);

    const diff = await cast.participant.fetch(`/api/meetings/${cast.meetingId}/diff?from=1&to=2`);
    const { parts } = (await diff.json()) as { parts: Array<{ kind: string; text: string }> };
    expect(parts.find((p) => p.kind === 'removed')?.text).toContain('100 000');
    expect(parts.find((p) => p.kind === 'added')?.text).toContain('120 000');
    expect(parts.some((p) => p.kind === 'same')).toBe(true);

    // A change request names the passage; then the approval makes the minutes "justerade".
    const change = await cast.verifier.fetch(`/api/meetings/${cast.meetingId}/versions/2/approvals`, {
      method: 'POST',
      json: { verdict: 'changes_requested', comment: 'Beloppet ska vara 110 000.', passage: '120 000 kr' },
    });
    expect(change.status).toBe(201);
    const requested = (await change.json()) as VersionSummary;
    expect(requested.approvals[0]).toMatchObject({ verdict: 'changes_requested', passage: '120 000 kr' });
    expect(requested.verified).toBe(false);
    const approved = (await (await approve(cast.verifier, 2)).json()) as VersionSummary;
    expect(approved.verified).toBe(true);
    const empty = await cast.verifier.fetch(`/api/meetings/${cast.meetingId}/versions/2/approvals`, {
      method: 'POST',
      json: { verdict: 'changes_requested', comment: '   ' },
    });
    expect(empty.status).toBe(400);
  });
});

describe('omedelbar justering', () => {
  it('locks one decision for everyone while the rest stays open', async () => {
    const writer = asPerson(cast.participant);
    const other = asPerson(cast.secretary);
    await waitFor(() => writer.provider.synced && other.provider.synced);
    const decision = m.decision('Ansökan skickas in i dag.');
    const decisionId = decision.attrs?.id as string;
    writer.doc.getXmlFragment(DOCUMENT_FIELD).push([toYNode(decision), toYNode(m.paragraph('Öppen text.'))]);
    await waitFor(async () => (await serverText()).includes('Ansökan'));

    const verified = await cast.verifier.fetch(
      `/api/meetings/${cast.meetingId}/decisions/${decisionId}/verify`,
      {
        method: 'POST',
        json: {},
      },
    );
    expect(verified.status).toBe(201);
    expect(await verified.json()).toMatchObject({
      nodeId: decisionId,
      text: 'Ansökan skickas in i dag.',
      by: 'Vera Justerare',
    });
    const find = (client: TestClient) =>
      client.doc
        .getXmlFragment(DOCUMENT_FIELD)
        .toArray()
        .find(
          (node) => node instanceof Y.XmlElement && node.getAttribute('id') === decisionId,
        ) as Y.XmlElement;
    await waitFor(() => find(writer)?.getAttribute('verifiedBy') === 'Vera Justerare');

    // A change to the verified decision is undone by the server, for everyone, the writer too.
    (find(writer).get(0) as Y.XmlText).insert(0, 'INTE ');
    const paragraph = writer.doc.getXmlFragment(DOCUMENT_FIELD).toArray().at(-1) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(0, 'Fortfarande ');
    await waitFor(
      () => text(other).includes('Fortfarande öppen') || text(other).includes('Fortfarande Öppen'),
    );
    await waitFor(() => !text(writer).includes('INTE '));
    expect(await serverText()).not.toContain('INTE ');
    expect(text(other)).not.toContain('INTE ');
    // Deleting it is undone as well.
    writer.doc
      .getXmlFragment(DOCUMENT_FIELD)
      .delete(writer.doc.getXmlFragment(DOCUMENT_FIELD).toArray().indexOf(find(writer)), 1);
    await waitFor(() => find(writer) !== undefined && find(other) !== undefined);
    expect(await serverText()).toContain('Ansökan skickas in i dag.');

    const twice = await cast.secretary.fetch(
      `/api/meetings/${cast.meetingId}/decisions/${decisionId}/verify`,
      {
        method: 'POST',
        json: {},
      },
    );
    expect(twice.status).toBe(409);
    const missing = await cast.secretary.fetch(
      `/api/meetings/${cast.meetingId}/decisions/nosuchnode/verify`,
      {
        method: 'POST',
        json: {},
      },
    );
    expect(missing.status).toBe(404);
  });
});

describe('readers', () => {
  it('get the published copy, masked, never the draft; their updates change nothing', async () => {
    const writer = asPerson(cast.participant);
    await waitFor(() => writer.provider.synced);
    writer.doc
      .getXmlFragment(DOCUMENT_FIELD)
      .push([
        toYNode(m.decision('Eleven Kalle Ankas ärende avslutas.')),
        toYNode(m.paragraph('Publik text.')),
      ]);
    await waitFor(async () => (await serverText()).includes('Kalle Anka'));
    await finalise();
    const masks = await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/versions/1/masks`, {
      method: 'PUT',
      json: { masks: ['Kalle Ankas'] },
    });
    expect(masks.status).toBe(200);
    expect(
      (
        await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/versions/1/publish`, {
          method: 'POST',
          json: {},
        })
      ).status,
    ).toBe(200);
    const late = await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/versions/1/masks`, {
      method: 'PUT',
      json: { masks: [] },
    });
    expect(late.status).toBe(409);

    // Reopened, and edited after publishing: readers must not see the new draft.
    await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/reopen`, { method: 'POST', json: {} });
    writer.doc.getXmlFragment(DOCUMENT_FIELD).push([toYNode(m.paragraph('Hemligt utkast.'))]);
    await waitFor(async () => (await serverText()).includes('Hemligt utkast.'));

    const reader = asPerson(cast.reader);
    const told = accessFrames(reader);
    const peer = asPerson(cast.reader);
    await waitFor(() => reader.provider.synced && peer.provider.synced);
    expect(text(reader)).toContain('Publik text.');
    expect(text(reader)).toContain('█████');
    expect(text(reader)).not.toContain('Kalle Anka');
    expect(text(reader)).not.toContain('Hemligt utkast.');
    await waitFor(() => told.includes(Access.ReadOnlyRole));

    reader.doc.getXmlFragment(DOCUMENT_FIELD).push([toYNode(m.paragraph('Läsaren skriver.'))]);
    await waitFor(() => told.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(text(peer)).not.toContain('Läsaren skriver.');
    expect(await serverText()).not.toContain('Läsaren skriver.');
    expect(text(writer)).not.toContain('Läsaren skriver.');

    // Members still see the full text.
    const full = await cast.participant.fetch(`/api/meetings/${cast.meetingId}/versions/1`);
    expect(JSON.stringify(await full.json())).toContain('Kalle Ankas');
    const masked = await cast.reader.fetch(`/api/meetings/${cast.meetingId}/versions/1`);
    expect(JSON.stringify(await masked.json())).not.toContain('Kalle Anka');
  });

  it('share links show the published version only, and stop when revoked or expired', async () => {
    const created = await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/share-links`, {
      method: 'POST',
      json: {},
    });
    const link = (await created.json()) as { id: string; path: string };
    expect(link.path).toMatch(/^\/s\/[\w-]{43}$/);
    // Nothing published: the link shows nothing, least of all the draft.
    expect((await fetch(`${server.url}${link.path}`)).status).toBe(404);

    const writer = asPerson(cast.participant);
    await waitFor(() => writer.provider.synced);
    writer.doc.getXmlFragment(DOCUMENT_FIELD).push([toYNode(m.decision('Protokollet publiceras.'))]);
    await waitFor(async () => (await serverText()).includes('publiceras'));
    await finalise();
    await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/versions/1/publish`, {
      method: 'POST',
      json: {},
    });
    await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/reopen`, { method: 'POST', json: {} });
    writer.doc.getXmlFragment(DOCUMENT_FIELD).push([toYNode(m.paragraph('Senare utkast.'))]);
    await waitFor(async () => (await serverText()).includes('Senare utkast.'));

    const page = await fetch(`${server.url}${link.path}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Protokollet publiceras.');
    expect(html).not.toContain('Senare utkast.');
    expect(html).not.toMatch(/<script/i);
    const pdf = await fetch(`${server.url}${link.path}/export.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    const forged = await fetch(`${server.url}/s/${'C'.repeat(43)}`);
    expect(forged.status).toBe(404);
    expect(
      (
        await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/share-links/${link.id}`, {
          method: 'DELETE',
        })
      ).status,
    ).toBe(204);
    const revoked = await fetch(`${server.url}${link.path}`);
    expect(revoked.status).toBe(404);
    expect(revoked.headers.get('content-type')).toMatch(/text\/html/);
    expect(await revoked.text()).toContain('Protokollet finns inte här');
    expect((await fetch(`${server.url}${link.path}/export.md`)).status).toBe(404);

    const expiring = await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/share-links`, {
      method: 'POST',
      json: { expiresInHours: 1 },
    });
    const { path } = (await expiring.json()) as { path: string };
    expect((await fetch(`${server.url}${path}`)).status).toBe(200);
    server.db
      .prepare("UPDATE share_links SET expires_at = '2000-01-01T00:00:00.000Z' WHERE revoked_at IS NULL")
      .run();
    expect((await fetch(`${server.url}${path}`)).status).toBe(404);
  });
});
