import { DOCUMENT_FIELD, minutesContent as m, type Role } from '@minutes/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../support/people.js';
import { type Cast, castMeeting } from '../support/roles.js';
import { startServer, type TestServer } from '../support/startServer.js';
import { waitFor } from '../support/waitFor.js';
import { toYNode } from '../support/yContent.js';

type Caller = 'none' | 'outsider' | Role;
const CALLERS: Caller[] = ['none', 'outsider', 'reader', 'verifier', 'participant', 'secretary'];

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: () => string;
  body?: () => unknown;
  /** Roles that may; admins may always. */
  allowed: Role[];
  /** What a signed-in caller without a role in the meeting gets (404: the meeting is not told). */
  outsider?: number;
  /** What a role that may not gets, when it is not 403. */
  refused?: Partial<Record<Role, number>>;
  /** The status the allowed call answers with. */
  ok?: number;
}

let server: TestServer;
let cast: Cast;
let spare: Person;
let decisionId: string;
let shareLinkId = '';

beforeAll(async () => {
  server = await startServer({ storage: 'sqlite' });
  cast = await castMeeting(server);
  spare = await server.signUp('Spare');
  const client = await server.connectSynced(cast.meetingId);
  const decision = m.decision('Styrgruppen godkänner budgeten.');
  decisionId = decision.attrs?.id as string;
  client.doc.getXmlFragment(DOCUMENT_FIELD).push([toYNode(decision)]);
  await waitFor(async () => {
    const response = await cast.participant.fetch(`/api/meetings/${cast.meetingId}/minutes`);
    return ((await response.json()) as { minutes: { decisions: unknown[] } }).minutes.decisions.length === 1;
  });
  client.destroy();
});

afterAll(async () => {
  await server.stop();
});

const id = () => cast.meetingId;
const members: Role[] = ['secretary', 'participant', 'verifier'];

/** In the order they are called: each leaves the meeting as the next one needs it. */
const ROUTES: Route[] = [
  {
    method: 'GET',
    path: () => `/api/meetings/${id()}`,
    allowed: ['secretary', 'participant', 'verifier', 'reader'],
  },
  {
    method: 'GET',
    path: () => `/api/meetings/${id()}/state`,
    allowed: ['secretary', 'participant', 'verifier', 'reader'],
  },
  { method: 'GET', path: () => `/api/meetings/${id()}/minutes`, allowed: members },
  { method: 'GET', path: () => `/api/meetings/${id()}/minutes.md`, allowed: members },
  { method: 'GET', path: () => `/api/meetings/${id()}/members`, allowed: members },
  {
    method: 'PUT',
    path: () => `/api/meetings/${id()}/members/${spare.id}`,
    body: () => ({ role: 'participant' }),
    allowed: ['secretary'],
  },
  {
    method: 'DELETE',
    path: () => `/api/meetings/${id()}/members/${spare.id}`,
    allowed: ['secretary'],
    ok: 204,
  },
  {
    method: 'POST',
    path: () => `/api/meetings/${id()}/invites`,
    body: () => ({ role: 'reader', expiresInHours: 24 }),
    allowed: ['secretary'],
    ok: 201,
  },
  {
    method: 'POST',
    path: () => `/api/meetings/${id()}/decisions/${decisionId}/verify`,
    body: () => ({}),
    allowed: ['verifier', 'secretary'],
    ok: 201,
  },
  {
    method: 'POST',
    path: () => `/api/meetings/${id()}/finalise`,
    body: () => ({}),
    allowed: ['secretary'],
    ok: 201,
  },
  // Not published yet: a reader is told there is no such version.
  {
    method: 'GET',
    path: () => `/api/meetings/${id()}/versions/1`,
    allowed: members,
    refused: { reader: 404 },
  },
  {
    method: 'GET',
    path: () => `/api/meetings/${id()}/versions/1/export.md`,
    allowed: members,
    refused: { reader: 404 },
  },
  { method: 'GET', path: () => `/api/meetings/${id()}/diff?from=1&to=1`, allowed: members },
  {
    method: 'PUT',
    path: () => `/api/meetings/${id()}/versions/1/masks`,
    body: () => ({ masks: ['budgeten'] }),
    allowed: ['secretary'],
  },
  {
    method: 'POST',
    path: () => `/api/meetings/${id()}/versions/1/publish`,
    body: () => ({}),
    allowed: ['secretary'],
  },
  {
    method: 'GET',
    path: () => `/api/meetings/${id()}/versions/1`,
    allowed: ['secretary', 'participant', 'verifier', 'reader'],
  },
  {
    method: 'GET',
    path: () => `/api/meetings/${id()}/versions/1/export.json`,
    allowed: ['secretary', 'participant', 'verifier', 'reader'],
  },
  {
    method: 'POST',
    path: () => `/api/meetings/${id()}/versions/1/approvals`,
    body: () => ({ verdict: 'approved' }),
    allowed: ['verifier'],
    ok: 201,
  },
  { method: 'GET', path: () => `/api/meetings/${id()}/share-links`, allowed: ['secretary'] },
  {
    method: 'POST',
    path: () => `/api/meetings/${id()}/share-links`,
    body: () => ({}),
    allowed: ['secretary'],
    ok: 201,
  },
  {
    method: 'DELETE',
    path: () => `/api/meetings/${id()}/share-links/${shareLinkId}`,
    allowed: ['secretary'],
    ok: 204,
  },
  { method: 'GET', path: () => `/api/meetings/${id()}/audit`, allowed: ['secretary'] },
  { method: 'POST', path: () => `/api/meetings/${id()}/reopen`, body: () => ({}), allowed: ['secretary'] },
  // Account-wide routes: any signed-in account, or only the admin.
  {
    method: 'POST',
    path: () => '/api/meetings',
    body: () => ({ title: 'Nytt möte', date: '2026-06-01' }),
    allowed: ['secretary', 'participant', 'verifier', 'reader'],
    outsider: 201,
    ok: 201,
  },
  {
    method: 'GET',
    path: () => '/api/meetings',
    allowed: ['secretary', 'participant', 'verifier', 'reader'],
    outsider: 200,
  },
  {
    method: 'GET',
    path: () => '/api/series',
    allowed: ['secretary', 'participant', 'verifier', 'reader'],
    outsider: 200,
  },
  {
    method: 'POST',
    path: () => '/api/imports/preview',
    body: () => ({ text: 'Styrgruppsmöte 2026-02-24\n\n1. Budget\nBeslut: Budgeten godkänns.' }),
    allowed: ['secretary', 'participant', 'verifier', 'reader'],
    outsider: 200,
  },
  { method: 'GET', path: () => '/api/accounts', allowed: [], outsider: 403 },
  {
    method: 'POST',
    path: () => '/api/series',
    body: () => ({ name: 'Styrgrupp' }),
    allowed: [],
    outsider: 403,
  },
];

function expected(route: Route, caller: Caller): number {
  if (caller === 'none') return 401;
  if (caller === 'outsider') return route.outsider ?? 404;
  if (route.allowed.includes(caller)) return route.ok ?? 200;
  return route.refused?.[caller] ?? 403;
}

function call(route: Route, caller: Caller): Promise<Response> {
  const init = { method: route.method, ...(route.body ? { json: route.body() } : {}) };
  if (caller === 'none') {
    return fetch(`${server.url}${route.path()}`, {
      method: route.method,
      headers: { 'content-type': 'application/json' },
      ...(route.body ? { body: JSON.stringify(route.body()) } : {}),
    });
  }
  return cast[caller].fetch(route.path(), init);
}

describe('every API route checks the role', () => {
  it('answers each caller as its role allows, refusing before anything changes', async () => {
    const seen: string[] = [];
    for (const route of ROUTES) {
      // Refused callers first, so that a refused write that went through would show in the allowed call.
      const order = [...CALLERS].sort(
        (a, b) => Number(expected(route, a) < 400) - Number(expected(route, b) < 400),
      );
      let allowedDone = false;
      for (const caller of order) {
        const status = expected(route, caller);
        // A state-changing route is called by one allowed caller only.
        if (status < 400 && route.method !== 'GET' && allowedDone) continue;
        const response = await call(route, caller);
        seen.push(`${route.method} ${route.path()} ${caller} ${response.status}`);
        expect(response.status, `${route.method} ${route.path()} as ${caller}`).toBe(status);
        if (status < 400) {
          allowedDone = true;
          if (route.path().endsWith('/share-links') && route.method === 'POST') {
            shareLinkId = ((await response.json()) as { id: string }).id;
          }
        }
      }
    }
    expect(seen.length).toBeGreaterThan(150);
  });

  it('gives a script token exactly its role in its meeting and nothing elsewhere', async () => {
    const token = await server.tokenFor(cast.meetingId, 'reader');
    const other = await server.createMeeting('Annat möte');
    const get = (path: string) =>
      fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get(`/api/meetings/${cast.meetingId}/state`)).status).toBe(200);
    expect((await get(`/api/meetings/${cast.meetingId}/minutes`)).status).toBe(403);
    expect((await get(`/api/meetings/${other}/state`)).status).toBe(404);
    expect((await get('/api/accounts')).status).toBe(401);
    const secretaryToken = await server.tokenFor(cast.meetingId, 'secretary');
    const audit = await fetch(`${server.url}/api/meetings/${cast.meetingId}/audit`, {
      headers: { authorization: `Bearer ${secretaryToken}` },
    });
    expect(audit.status).toBe(200);
    const actions = ((await audit.json()) as { entries: Array<{ action: string }> }).entries.map(
      (e) => e.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'set_role',
        'remove_role',
        'invite',
        'verify_decision',
        'finalise',
        'masks',
        'publish',
        'approve',
        'share_link',
        'revoke_share_link',
        'reopen',
      ]),
    );
  });
});
