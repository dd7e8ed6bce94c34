import { DOCUMENT_FIELD, type Minutes, type RegisteredDecision, type TrackedTask } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Person } from '../support/people.js';
import { type SeriesWithTasks, useSeriesWithTasks } from '../support/seriesWithTasks.js';
import type { TestServer } from '../support/startServer.js';
import { waitFor } from '../support/waitFor.js';

let server: TestServer;
let series: SeriesWithTasks;

useSeriesWithTasks((started, written) => {
  server = started;
  series = written;
});

async function tasks(who: Person, path: string): Promise<TrackedTask[]> {
  const response = await who.fetch(path);
  expect(response.status).toBe(200);
  return ((await response.json()) as { tasks: TrackedTask[] }).tasks;
}

const ids = (list: TrackedTask[]) => list.map((task) => task.nodeId);
const seriesTasks = (who: Person, query = '') => tasks(who, `/api/series/${series.seriesId}/tasks${query}`);

function setStatus(who: Person, meetingId: string, nodeId: string, status: unknown) {
  return who.fetch(`/api/meetings/${meetingId}/tasks/${nodeId}/status`, { method: 'PUT', json: { status } });
}

/** The status attribute of a task in a y-websocket client's copy of the document. */
function statusIn(doc: Y.Doc, nodeId: string): unknown {
  const walk = (parent: Y.XmlFragment | Y.XmlElement): unknown => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.getAttribute('id') === nodeId) return child.getAttribute('status');
      const found = walk(child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(doc.getXmlFragment(DOCUMENT_FIELD));
}

async function finalise(meetingId: string): Promise<void> {
  const response = await server.owner.fetch(`/api/meetings/${meetingId}/finalise`, {
    method: 'POST',
    json: {},
  });
  expect(response.status).toBe(201);
}

async function publish(meetingId: string): Promise<void> {
  const response = await server.owner.fetch(`/api/meetings/${meetingId}/versions/1/publish`, {
    method: 'POST',
    json: {},
  });
  expect(response.status).toBe(200);
}

describe('the task tracker', () => {
  it('lists the series’ tasks by due date, then meeting date, with what they belong to', async () => {
    const all = await seriesTasks(series.lina);
    expect(ids(all)).toEqual([
      'kallelse',
      'budget',
      'folj-upp',
      'lokal',
      'rut-task',
      'lina-m2',
      'utan-datum',
    ]);
    expect(all.find((task) => task.nodeId === 'budget')).toEqual({
      meetingId: series.january.id,
      meetingTitle: 'Styrgrupp januari',
      meetingDate: '2026-01-15',
      seriesId: series.seriesId,
      nodeId: 'budget',
      text: 'Ta fram budgetförslag',
      assignees: ['Lina'],
      due: '2020-01-20',
      dueDate: '2020-01-20',
      status: 'open',
      overdue: true,
      agendaItemTitle: 'Budget',
      finalised: false,
      statusChangedBy: null,
      statusChangedAt: null,
      path: `/meetings/${series.january.id}#uppgift-budget`,
    });
    expect(all.filter((task) => task.overdue).map((task) => task.nodeId)).toEqual(['budget', 'folj-upp']);
  });

  it('filters by status, overdue, assignee, meeting and due dates', async () => {
    const { lina, february } = series;
    expect(ids(await seriesTasks(lina, '?status=done'))).toEqual(['kallelse']);
    expect(ids(await seriesTasks(lina, '?status=overdue'))).toEqual(['budget', 'folj-upp']);
    expect(ids(await seriesTasks(lina, '?status=open'))).toEqual([
      'budget',
      'folj-upp',
      'lokal',
      'rut-task',
      'lina-m2',
      'utan-datum',
    ]);
    expect(ids(await seriesTasks(lina, '?assignee=OSMAN'))).toEqual(['lokal']);
    expect(ids(await seriesTasks(lina, `?meeting=${february.id}`))).toEqual(['folj-upp', 'lina-m2']);
    expect(ids(await seriesTasks(lina, '?dueBefore=2020-01-15'))).toEqual(['kallelse']);
    expect(ids(await seriesTasks(lina, '?dueAfter=2099-01-15&dueBefore=2099-02-15'))).toEqual(['rut-task']);
  });

  it('refuses bad filters with a clear message', async () => {
    for (const [query, message] of [
      ['?status=late', 'status'],
      ['?dueBefore=2026-13-01', 'dueBefore'],
      ['?dueAfter=tomorrow', 'dueAfter'],
      ['?colour=red', 'colour'],
      ['?status=open&status=done', 'status'],
      [`?assignee=${'x'.repeat(121)}`, 'assignee'],
    ]) {
      const response = await series.lina.fetch(`/api/series/${series.seriesId}/tasks${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain(message);
    }
    expect((await series.lina.fetch('/api/tasks/mine?status=late')).status).toBe(400);
  });

  it('shows the signed-in person their own tasks: by full name, or by first name where only they have it', async () => {
    // "Lina" in February could be Lina Berg too; "lina svensson" in another series is hers.
    expect(ids(await tasks(series.lina, '/api/tasks/mine'))).toEqual([
      'kallelse',
      'budget',
      'lina-m2',
      'rektor',
    ]);
    expect(ids(await tasks(series.lina, '/api/tasks/mine?status=open'))).toEqual([
      'budget',
      'lina-m2',
      'rektor',
    ]);
    expect(ids(await tasks(series.otto, '/api/tasks/mine'))).toEqual([]);
  });

  it('shows nothing to those without a role, and readers only what is published', async () => {
    const { otto, rut, january } = series;
    expect((await fetch(`${server.url}/api/series/${series.seriesId}/tasks`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/tasks/mine`)).status).toBe(401);
    expect((await otto.fetch(`/api/series/${series.seriesId}/tasks`)).status).toBe(404);
    expect((await otto.fetch('/api/series/no-such-series/tasks')).status).toBe(404);
    expect((await setStatus(otto, january.id, 'budget', 'done')).status).toBe(404);
    expect(await seriesTasks(rut)).toEqual([]);

    await finalise(january.id);
    await publish(january.id);
    const published = await seriesTasks(rut);
    expect(ids(published)).toEqual(['kallelse', 'budget', 'lokal', 'rut-task', 'utan-datum']);
    expect(published[0]?.path).toBe(`/versions/${january.id}/1#uppgift-kallelse`);

    // A script's token sees its one meeting, and has no tasks of its own.
    const token = await server.tokenFor(january.id, 'participant');
    const asScript = { authorization: `Bearer ${token}` };
    const listed = await fetch(`${server.url}/api/series/${series.seriesId}/tasks`, { headers: asScript });
    expect(ids(((await listed.json()) as { tasks: TrackedTask[] }).tasks)).toHaveLength(5);
    expect((await fetch(`${server.url}/api/tasks/mine`, { headers: asScript })).status).toBe(401);
  });

  it('sets a status in the draft’s live document, which every connected editor shows', async () => {
    const { lina, rut, january } = series;
    const editor = series.writers.get(january.id) as { doc: Y.Doc };
    expect(statusIn(editor.doc, 'budget')).toBe('open');

    const response = await setStatus(lina, january.id, 'budget', 'done');
    expect(response.status).toBe(200);
    const { task } = (await response.json()) as { task: TrackedTask };
    expect(task).toMatchObject({
      nodeId: 'budget',
      status: 'done',
      overdue: false,
      statusChangedBy: 'Lina Svensson',
    });
    await waitFor(() => statusIn(editor.doc, 'budget') === 'done');
    const minutes = (await (await lina.fetch(`/api/meetings/${january.id}/minutes`)).json()) as {
      minutes: Minutes;
    };
    expect(minutes.minutes.actions.find((action) => action.id === 'budget')?.status).toBe('done');
    expect(ids(await seriesTasks(lina, '?status=overdue'))).toEqual(['folj-upp']);

    const audit = (await (await server.owner.fetch(`/api/meetings/${january.id}/audit`)).json()) as {
      entries: Array<{ action: string; actor: string; detail: Record<string, unknown> }>;
    };
    expect(audit.entries.at(-1)).toMatchObject({
      action: 'task_status',
      actor: 'Lina Svensson',
      detail: { nodeId: 'budget', status: 'done' },
    });

    expect((await setStatus(lina, january.id, 'no-such-task', 'done')).status).toBe(404);
    expect((await setStatus(lina, january.id, 'd-budget', 'done')).status).toBe(404);
    expect((await setStatus(lina, january.id, 'budget', 'finished')).status).toBe(400);
    // A reader sees no draft, so no task in it.
    expect((await setStatus(rut, january.id, 'rut-task', 'done')).status).toBe(404);
    expect(statusIn(editor.doc, 'rut-task')).toBe('open');
  });

  it('keeps a status set after finalising beside the version, whose text stays as it was', async () => {
    const { lina, rut, january } = series;
    const editor = series.writers.get(january.id) as { doc: Y.Doc };
    await finalise(january.id);
    const before = await (await lina.fetch(`/api/meetings/${january.id}/versions/1`)).json();

    expect((await setStatus(lina, january.id, 'lokal', 'done')).status).toBe(200);
    const tracked = (await seriesTasks(lina)).find((task) => task.nodeId === 'lokal');
    expect(tracked).toMatchObject({ status: 'done', finalised: true, statusChangedBy: 'Lina Svensson' });
    const after = (await (await lina.fetch(`/api/meetings/${january.id}/versions/1`)).json()) as {
      minutes: Minutes;
      sha256: string;
    };
    expect(after).toEqual(before);
    expect(after.minutes.actions.find((action) => action.id === 'lokal')?.status).toBe('open');
    expect(statusIn(editor.doc, 'lokal')).toBe('open');

    // Readers see it once the version is published; an assignee with any role may set their own task.
    await publish(january.id);
    expect((await seriesTasks(rut)).find((task) => task.nodeId === 'lokal')?.status).toBe('done');
    expect((await setStatus(rut, january.id, 'rut-task', 'done')).status).toBe(200);
    expect((await setStatus(rut, january.id, 'lokal', 'open')).status).toBe(403);
    expect((await seriesTasks(rut)).find((task) => task.nodeId === 'rut-task')?.status).toBe('done');

    // Reopened, the document takes the statuses set meanwhile.
    expect(
      (await server.owner.fetch(`/api/meetings/${january.id}/reopen`, { method: 'POST', json: {} })).status,
    ).toBe(200);
    // At once, before anyone reads the tracker again.
    await waitFor(
      () => statusIn(editor.doc, 'lokal') === 'done' && statusIn(editor.doc, 'rut-task') === 'done',
    );
    expect((await seriesTasks(lina)).find((task) => task.nodeId === 'lokal')).toMatchObject({
      status: 'done',
      finalised: false,
    });
  });
});

describe('the decision register', () => {
  async function decisions(who: Person): Promise<RegisteredDecision[]> {
    const response = await who.fetch(`/api/series/${series.seriesId}/decisions`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { decisions: RegisteredDecision[] }).decisions;
  }

  it('lists the decisions oldest meeting first, in document order, with agenda items and paths', async () => {
    const { lina, january, february } = series;
    const listed = await decisions(lina);
    expect(listed.map((d) => [d.meetingDate, d.agendaItemNumber, d.agendaItemTitle, d.text, d.path])).toEqual(
      [
        ['2026-01-15', 1, 'Budget', 'Budgeten för 2026 godkänns.', `/meetings/${january.id}#beslut-d-budget`],
        [
          '2026-01-15',
          2,
          'Övrigt',
          'Nästa möte hålls digitalt.',
          `/meetings/${january.id}#beslut-d-digitalt`,
        ],
        [
          '2026-02-20',
          1,
          'Uppföljning',
          'Uppföljningen godkänns.',
          `/meetings/${february.id}#beslut-d-uppfoljning`,
        ],
      ],
    );
    expect(listed[1]).toMatchObject({
      meetingTitle: 'Styrgrupp januari',
      reservations: ['Osman Ali'],
      finalised: false,
    });
  });

  it('gives readers the published decisions, linked to the version page, and outsiders nothing', async () => {
    const { rut, otto, january } = series;
    expect(await decisions(rut)).toEqual([]);
    await finalise(january.id);
    await publish(january.id);
    expect((await decisions(rut)).map((d) => [d.nodeId, d.path, d.finalised])).toEqual([
      ['d-budget', `/versions/${january.id}/1#beslut-d-budget`, true],
      ['d-digitalt', `/versions/${january.id}/1#beslut-d-digitalt`, true],
    ]);
    expect((await otto.fetch(`/api/series/${series.seriesId}/decisions`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/series/${series.seriesId}/decisions`)).status).toBe(401);
  });
});
