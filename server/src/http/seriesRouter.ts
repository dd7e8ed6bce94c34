import type { Role } from '@minutes/shared';
import { type Response, Router } from 'express';
import type { AccessControl } from '../access/AccessControl.js';
import type { AccessStore } from '../access/AccessStore.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import type { VersionStore } from '../versions/VersionStore.js';
import { principalOf, requireAccount } from './authenticate.js';
import { HttpError } from './HttpError.js';

export interface SeriesRouterDependencies {
  meetings: MeetingStore;
  access: AccessControl;
  accessStore: AccessStore;
  versions: VersionStore;
}

/**
 * A series as its members see it: `GET /api/series/:id` and its meetings. Someone with a role in
 * one meeting of a series sees the series, with only the meetings they have a role in.
 */
export function seriesRouter({ meetings, access, accessStore, versions }: SeriesRouterDependencies): Router {
  const router = Router();

  /** The series and the caller's meetings in it, with their roles; 404 when the caller has none. */
  async function visible(response: Response, id: string) {
    const account = requireAccount(response);
    const series = await accessStore.series(id);
    if (!series) throw new HttpError('not_found', `no series with id ${JSON.stringify(id)}`);
    const seriesRole =
      (await accessStore.scopesOf(account.id)).find((s) => s.scope === 'series' && s.scopeId === id)?.role ??
      null;
    const principal = principalOf(response);
    const inSeries = (await meetings.list()).filter((meeting) => meeting.seriesId === id);
    const withRoles = await Promise.all(
      inSeries.map(async (meeting) => ({ meeting, access: await access.accessTo(principal, meeting) })),
    );
    const mine = withRoles.filter(({ access: a }) => a.admin || a.role !== null);
    if (!account.admin && seriesRole === null && mine.length === 0) {
      throw new HttpError('not_found', `no series with id ${JSON.stringify(id)}`);
    }
    return { series, role: seriesRole as Role | null, meetings: mine };
  }

  router.get('/series/:id', async (request, response) => {
    const { series, role } = await visible(response, request.params.id);
    response.json({ ...series, role });
  });

  router.get('/series/:id/meetings', async (request, response) => {
    const { meetings: mine } = await visible(response, request.params.id);
    response.json({
      meetings: await Promise.all(
        mine.map(async ({ meeting, access: a }) => ({
          ...meeting,
          role: a.role,
          status: await versions.status(meeting.id),
        })),
      ),
    });
  });

  return router;
}
