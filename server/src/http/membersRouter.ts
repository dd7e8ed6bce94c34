import { type InviteInfo, type Meeting, NewInvite, NewSeries, type Role, SetRole } from '@minutes/shared';
import { type Response, Router } from 'express';
import type { AccessControl } from '../access/AccessControl.js';
import type { AccessStore, Scope } from '../access/AccessStore.js';
import type { MeetingLifecycle } from '../versions/MeetingLifecycle.js';
import type { VersionStore } from '../versions/VersionStore.js';
import { actorOf, requireAccount, requireAdmin } from './authenticate.js';
import { HttpError } from './HttpError.js';
import type { MeetingGate } from './MeetingGate.js';
import { parseBody } from './parseBody.js';

export interface MembersRouterDependencies {
  access: AccessControl;
  accessStore: AccessStore;
  versions: VersionStore;
  lifecycle: MeetingLifecycle;
  gate: MeetingGate;
}

/**
 * Members, roles and invite links of meetings (/api/meetings/:id/…) and series (/api/series/…),
 * and accepting an invite (/api/invites/:token). Every role change is in the audit log.
 */
export function membersRouter(deps: MembersRouterDependencies): Router {
  const { access, accessStore, versions, lifecycle, gate } = deps;
  const router = Router();

  /** A meeting's changes are recorded by the lifecycle, which also tells those who have it open. */
  async function audit(
    response: Response,
    scope: { meeting?: Meeting; seriesId?: string },
    action: string,
    detail: Record<string, unknown>,
  ) {
    if (scope.meeting) {
      await lifecycle.record(scope.meeting, actorOf(response), action, detail);
      return;
    }
    await versions.audit({
      meetingId: null,
      seriesId: scope.seriesId ?? null,
      actor: actorOf(response).name,
      action,
      detail,
      at: new Date().toISOString(),
    });
  }

  async function accountFor(id: string) {
    const account = await accessStore.account(id);
    if (!account) throw new HttpError('not_found', `no account with id ${JSON.stringify(id)}`);
    return account;
  }

  async function invite(response: Response, scope: Scope, scopeId: string, body: unknown) {
    const { role, expiresInHours } = parseBody(NewInvite, body);
    const actor = requireAccount(response);
    const { token, expiresAt } = await access.createInvite(scope, scopeId, role, expiresInHours, actor.id);
    return { path: `/invite/${token}`, role, expiresAt };
  }

  router.get('/meetings/:id/members', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'draft');
    const own = await accessStore.members('meeting', meeting.id);
    const seen = new Set(own.map((member) => member.account.id));
    const fromSeries = meeting.seriesId ? await accessStore.members('series', meeting.seriesId) : [];
    response.json({ members: [...own, ...fromSeries.filter((member) => !seen.has(member.account.id))] });
  });

  router.put('/meetings/:id/members/:accountId', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'manage');
    const { role } = parseBody(SetRole, request.body);
    const account = await accountFor(request.params.accountId);
    await accessStore.setRole('meeting', meeting.id, account.id, role);
    await audit(response, { meeting }, 'set_role', { account: account.name, role });
    response.json({
      account: { id: account.id, name: account.name, email: account.email },
      role,
      scope: 'meeting',
    });
  });

  router.delete('/meetings/:id/members/:accountId', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'manage');
    const account = await accountFor(request.params.accountId);
    if (!(await accessStore.removeRole('meeting', meeting.id, account.id))) {
      throw new HttpError('not_found', 'the account has no role in this meeting');
    }
    await audit(response, { meeting }, 'remove_role', { account: account.name });
    response.status(204).end();
  });

  router.post('/meetings/:id/invites', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'manage');
    const created = await invite(response, 'meeting', meeting.id, request.body);
    await audit(response, { meeting }, 'invite', { role: created.role, expiresAt: created.expiresAt });
    response.status(201).json(created);
  });

  router.get('/accounts', async (_request, response) => {
    requireAdmin(response);
    response.json({ accounts: await accessStore.accounts() });
  });

  router.get('/series', async (_request, response) => {
    const account = requireAccount(response);
    const scopes = await accessStore.scopesOf(account.id);
    const roles = new Map(scopes.filter((s) => s.scope === 'series').map((s) => [s.scopeId, s.role]));
    // A role in one meeting of a series is enough to see the series (with no role of its own).
    const throughMeetings = new Set<string>();
    for (const scope of scopes.filter((s) => s.scope === 'meeting')) {
      const seriesId = (await gate.meeting(scope.scopeId))?.seriesId;
      if (seriesId) throughMeetings.add(seriesId);
    }
    const series = (await accessStore.allSeries())
      .filter((one) => account.admin || roles.has(one.id) || throughMeetings.has(one.id))
      .map((one) => ({ ...one, role: roles.get(one.id) ?? null }));
    response.json({ series });
  });

  router.post('/series', async (request, response) => {
    requireAdmin(response);
    const { name } = parseBody(NewSeries, request.body);
    const series = await accessStore.createSeries(name);
    await audit(response, { seriesId: series.id }, 'create_series', { name });
    response.status(201).json(series);
  });

  async function seriesFor(id: string) {
    const series = await accessStore.series(id);
    if (!series) throw new HttpError('not_found', `no series with id ${JSON.stringify(id)}`);
    return series;
  }

  router.get('/series/:id/members', async (request, response) => {
    requireAdmin(response);
    const series = await seriesFor(request.params.id);
    response.json({ members: await accessStore.members('series', series.id) });
  });

  router.put('/series/:id/members/:accountId', async (request, response) => {
    requireAdmin(response);
    const series = await seriesFor(request.params.id);
    const { role } = parseBody(SetRole, request.body);
    const account = await accountFor(request.params.accountId);
    await accessStore.setRole('series', series.id, account.id, role);
    await audit(response, { seriesId: series.id }, 'set_role', { account: account.name, role });
    response.json({
      account: { id: account.id, name: account.name, email: account.email },
      role,
      scope: 'series',
    });
  });

  router.delete('/series/:id/members/:accountId', async (request, response) => {
    requireAdmin(response);
    const series = await seriesFor(request.params.id);
    const account = await accountFor(request.params.accountId);
    if (!(await accessStore.removeRole('series', series.id, account.id))) {
      throw new HttpError('not_found', 'the account has no role in this series');
    }
    await audit(response, { seriesId: series.id }, 'remove_role', { account: account.name });
    response.status(204).end();
  });

  router.post('/series/:id/invites', async (request, response) => {
    requireAdmin(response);
    const series = await seriesFor(request.params.id);
    const created = await invite(response, 'series', series.id, request.body);
    await audit(response, { seriesId: series.id }, 'invite', {
      role: created.role,
      expiresAt: created.expiresAt,
    });
    response.status(201).json(created);
  });

  router.get('/invites/:token', async (request, response) => {
    requireAccount(response);
    const found = await access.openInvite(request.params.token);
    if (!found) throw new HttpError('not_found', 'the invite link is unknown, used or expired');
    const info: InviteInfo = {
      role: found.role,
      scope: found.scope,
      title: await titleOf(found.scope, found.scopeId),
      expiresAt: found.expiresAt,
    };
    response.json(info);
  });

  router.post('/invites/:token/accept', async (request, response) => {
    const account = requireAccount(response);
    const used = await access.acceptInvite(request.params.token, account.id);
    if (!used) throw new HttpError('not_found', 'the invite link is unknown, used or expired');
    await versions.audit({
      meetingId: used.scope === 'meeting' ? (used.scopeId as Meeting['id']) : null,
      seriesId: used.scope === 'series' ? used.scopeId : null,
      actor: account.name,
      action: 'accept_invite',
      detail: { role: used.role },
      at: new Date().toISOString(),
    });
    const body: { role: Role; meetingId?: string; seriesId?: string } = { role: used.role };
    if (used.scope === 'meeting') body.meetingId = used.scopeId;
    else body.seriesId = used.scopeId;
    response.json(body);
  });

  async function titleOf(scope: Scope, id: string): Promise<string> {
    if (scope === 'series') return (await accessStore.series(id))?.name ?? '';
    return (await gate.meetingTitle(id)) ?? '';
  }

  return router;
}
