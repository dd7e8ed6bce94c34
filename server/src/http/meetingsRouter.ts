import {
  emptyMinutes,
  MeetingFromPrevious,
  type MeetingState,
  minutesToMarkdown,
  NewMeeting,
} from '@minutes/shared';
import { Router } from 'express';
import type { AccessStore } from '../access/AccessStore.js';
import type { MinutesExtraction } from '../minutes/MinutesExtraction.js';
import type { SeriesMeetings } from '../series/SeriesMeetings.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import type { MeetingLifecycle } from '../versions/MeetingLifecycle.js';
import type { VersionStore } from '../versions/VersionStore.js';
import { verifiersOf } from '../versions/verifiersOf.js';
import { principalOf, requireAccount } from './authenticate.js';
import { HttpError } from './HttpError.js';
import type { MeetingGate } from './MeetingGate.js';
import { parseBody } from './parseBody.js';

export interface MeetingsRouterDependencies {
  meetings: MeetingStore;
  accessStore: AccessStore;
  versions: VersionStore;
  lifecycle: MeetingLifecycle;
  seriesMeetings: SeriesMeetings;
  extraction: MinutesExtraction;
  gate: MeetingGate;
}

export function meetingsRouter(deps: MeetingsRouterDependencies): Router {
  const { meetings, accessStore, versions, lifecycle, seriesMeetings, extraction, gate } = deps;
  const router = Router();

  router.get('/', async (_request, response) => {
    const principal = principalOf(response);
    if (!principal) throw new HttpError('unauthorized', 'sign in first');
    const all = await meetings.list();
    let visible: Array<(typeof all)[number] & { role: string | null }>;
    if (principal.kind === 'token') {
      visible = all.filter((m) => m.id === principal.meetingId).map((m) => ({ ...m, role: principal.role }));
    } else {
      const scopes = await accessStore.scopesOf(principal.account.id);
      const roleIn = (scope: string, id: string | null) =>
        scopes.find((s) => s.scope === scope && s.scopeId === id)?.role ?? null;
      visible = all
        .map((m) => ({ ...m, role: roleIn('meeting', m.id) ?? roleIn('series', m.seriesId) }))
        .filter((m) => m.role !== null || principal.account.admin);
    }
    const withStatus = await Promise.all(
      visible.map(async (m) => ({ ...m, status: await versions.status(m.id) })),
    );
    response.json({ meetings: withStatus });
  });

  router.post('/', async (request, response) => {
    const account = requireAccount(response);
    const meeting = await seriesMeetings.create(parseBody(NewMeeting, request.body), account);
    await lifecycle.record(meeting, account, 'create', { title: meeting.title });
    response.status(201).json(meeting);
  });

  router.post('/:id/next', async (request, response) => {
    const account = requireAccount(response);
    const { meeting: previous } = await gate.open(response, request.params.id, 'manage');
    const input = parseBody(MeetingFromPrevious, request.body);
    const meeting = await seriesMeetings.next(previous, input, account);
    await lifecycle.record(meeting, account, 'create', { title: meeting.title, from: previous.id });
    response.status(201).json(meeting);
  });

  router.get('/:id/minutes', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'draft');
    response.json({ minutes: await extraction.get(meeting.id) });
  });

  router.get('/:id/minutes.md', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'draft');
    const minutes = await extraction.get(meeting.id);
    response
      .type('text/markdown; charset=utf-8')
      .send(minutesToMarkdown(minutes ?? emptyMinutes(meeting.date)));
  });

  router.get('/:id/state', async (request, response) => {
    const { meeting, access } = await gate.open(response, request.params.id, 'published');
    const fullAccess = access.admin || (access.role !== null && access.role !== 'reader');
    const summaries = await lifecycle.summaries(meeting);
    const state: MeetingState = {
      status: await versions.status(meeting.id),
      role: access.role,
      admin: access.admin,
      versions: fullAccess
        ? summaries
        : summaries.filter((v) => v.publishedAt !== null).map((v) => ({ ...v, masks: [], approvals: [] })),
      verifiers: await verifiersOf(accessStore, meeting),
      verifiedDecisions: fullAccess ? await versions.verifiedDecisions(meeting.id) : [],
    };
    response.json(state);
  });

  router.get('/:id', async (request, response) => {
    const { meeting, access } = await gate.open(response, request.params.id, 'published');
    response.json({ ...meeting, role: access.role, status: await versions.status(meeting.id) });
  });

  return router;
}
