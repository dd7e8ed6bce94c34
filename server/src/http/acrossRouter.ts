import { type Account, type Feeds, SearchQuery, SetTaskStatus, TaskFilter } from '@minutes/shared';
import { type Request, type Response, Router } from 'express';
import type { AccessStore } from '../access/AccessStore.js';
import type { Across } from '../across/Across.js';
import { calendarFile } from '../across/calendarFile.js';
import { seriesEntries, taskEntries } from '../across/feedEntries.js';
import type { Viewer } from '../across/MeetingViews.js';
import { actorOf, principalOf, requireAccount } from './authenticate.js';
import { HttpError } from './HttpError.js';
import type { MeetingGate } from './MeetingGate.js';
import { parseBody } from './parseBody.js';

export interface AcrossRouterDependencies {
  across: Across;
  accessStore: AccessStore;
  gate: MeetingGate;
}

const NODE_ID = /^[\w-]{1,100}$/;
const OPEN_TASKS = TaskFilter.parse({ status: 'open' });

/**
 * Across meetings: the task tracker, the decision register, search (under /api, for an account
 * or a script token) and calendar feeds (under /feeds, where the token in the path is the only
 * credential). Every list holds only the meetings the caller has a role in.
 */
export function acrossRouter({ across, accessStore, gate }: AcrossRouterDependencies): Router {
  const { views, tracker, register, search, feeds } = across;
  const router = Router();

  function viewerOf(response: Response): Viewer {
    const principal = principalOf(response);
    if (!principal) throw new HttpError('unauthorized', 'sign in first');
    return principal;
  }

  /** The caller's meetings of the series; 404 when the series does not exist or is not theirs. */
  async function seriesViews(viewer: Viewer, id: string) {
    const seriesViews = await views.visible(viewer, id);
    if (!(await views.seriesVisible(viewer, id, seriesViews))) {
      throw new HttpError('not_found', `no series with id ${JSON.stringify(id)}`);
    }
    return seriesViews;
  }

  router.get('/api/series/:id/tasks', async (request, response) => {
    const viewer = viewerOf(response);
    const filter = parseBody(TaskFilter, request.query);
    response.json({ tasks: await tracker.list(await seriesViews(viewer, request.params.id), filter) });
  });

  router.get('/api/tasks/mine', async (request, response) => {
    const account = requireAccount(response);
    const filter = parseBody(TaskFilter, request.query);
    const mine = await views.visible({ kind: 'account', account });
    response.json({ tasks: await tracker.list(mine, filter, account.name) });
  });

  router.put('/api/meetings/:id/tasks/:nodeId/status', async (request, response) => {
    const viewer = viewerOf(response);
    const { meeting } = await gate.open(response, request.params.id, 'published');
    const { nodeId } = request.params;
    const { status } = parseBody(SetTaskStatus, request.body);
    const view = await views.viewOf(viewer, meeting);
    if (!view || !NODE_ID.test(nodeId))
      throw new HttpError('not_found', `no task with id ${JSON.stringify(nodeId)}`);
    response.json({ task: await tracker.setStatus(view, viewer, actorOf(response), nodeId, status) });
  });

  router.get('/api/series/:id/decisions', async (request, response) => {
    const viewer = viewerOf(response);
    response.json({ decisions: await register.list(await seriesViews(viewer, request.params.id)) });
  });

  router.get('/api/search', async (request, response) => {
    const viewer = viewerOf(response);
    const { q, series } = parseBody(SearchQuery, request.query);
    response.json({ hits: await search.search(await views.visible(viewer, series), q) });
  });

  async function feedsOf(account: Account, token: string): Promise<Feeds> {
    const viewer: Viewer = { kind: 'account', account };
    const inMeetings = new Set((await views.visible(viewer)).map((view) => view.meeting.seriesId));
    const scopes = await accessStore.scopesOf(account.id);
    const series = (await accessStore.allSeries()).filter(
      (s) =>
        account.admin ||
        inMeetings.has(s.id) ||
        scopes.some((scope) => scope.scope === 'series' && scope.scopeId === s.id),
    );
    return {
      tasks: `/feeds/${token}/tasks.ics`,
      series: series.map((s) => ({ id: s.id, name: s.name, path: `/feeds/${token}/series/${s.id}.ics` })),
    };
  }

  router.get('/api/feeds', async (_request, response) => {
    const account = requireAccount(response);
    response.json(await feedsOf(account, await feeds.tokenFor(account.id)));
  });

  router.delete('/api/feeds', async (_request, response) => {
    const account = requireAccount(response);
    response.json(await feedsOf(account, await feeds.renew(account.id)));
  });

  async function feedViewer(request: Request): Promise<Viewer & { kind: 'account' }> {
    const account = await feeds.accountOf(request.params.token);
    if (!account) throw new HttpError('not_found', 'no such feed');
    return { kind: 'account', account };
  }

  function sendCalendar(response: Response, ics: string): void {
    response.setHeader('Cache-Control', 'private, no-cache');
    response.type('text/calendar; charset=utf-8').send(ics);
  }

  router.get('/feeds/:token/tasks.ics', async (request, response) => {
    const viewer = await feedViewer(request);
    const tasks = await tracker.list(await views.visible(viewer), OPEN_TASKS, viewer.account.name);
    sendCalendar(response, await calendarFile('Mina uppgifter', taskEntries(tasks)));
  });

  router.get('/feeds/:token/series/:seriesId.ics', async (request, response) => {
    const viewer = await feedViewer(request);
    const series = await accessStore.series(request.params.seriesId);
    const inSeries = await views.visible(viewer, request.params.seriesId);
    if (!series || !(await views.seriesVisible(viewer, series.id, inSeries))) {
      throw new HttpError('not_found', 'no such feed');
    }
    const meetings = await Promise.all(
      inSeries.map(async (view) => ({
        meeting: view.meeting,
        title: views.title(view),
        minutes: await views.minutes(view),
      })),
    );
    sendCalendar(response, await calendarFile(series.name, seriesEntries(series.name, meetings)));
  });

  router.use('/feeds', () => {
    throw new HttpError('not_found', 'no such feed');
  });

  return router;
}
