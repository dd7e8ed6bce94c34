import type { TrackedTask } from '@minutes/shared';
import { TaskFilter } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import { filterTasks } from './filterTasks.js';

function task(nodeId: string, fields: Partial<TrackedTask>): TrackedTask {
  return {
    meetingId: 'm1',
    meetingTitle: 'Möte',
    meetingDate: '2026-01-10',
    seriesId: 's',
    nodeId,
    text: nodeId,
    assignees: [],
    due: null,
    dueDate: null,
    status: 'open',
    overdue: false,
    agendaItemTitle: null,
    finalised: false,
    statusChangedBy: null,
    statusChangedAt: null,
    path: `/meetings/m1#uppgift-${nodeId}`,
    ...fields,
  };
}

const TASKS = [
  task('undated', { meetingDate: '2026-01-01' }),
  task('late', { dueDate: '2026-02-01', overdue: true, assignees: ['Lina Svensson'] }),
  task('done', { dueDate: '2026-01-15', status: 'done', assignees: ['Osman'] }),
  task('later-meeting', { dueDate: '2026-03-01', meetingDate: '2026-02-20', meetingId: 'm2' }),
  task('earlier-meeting', { dueDate: '2026-03-01', meetingDate: '2026-01-05' }),
];

const ids = (filter: Record<string, string>) =>
  filterTasks(TASKS, TaskFilter.parse(filter)).map((t) => t.nodeId);

describe('filterTasks', () => {
  it.each([
    [{}, ['done', 'late', 'earlier-meeting', 'later-meeting', 'undated']],
    [{ status: 'open' }, ['late', 'earlier-meeting', 'later-meeting', 'undated']],
    [{ status: 'done' }, ['done']],
    [{ status: 'overdue' }, ['late']],
    [{ assignee: 'svens' }, ['late']],
    [{ meeting: 'm2' }, ['later-meeting']],
    [{ dueBefore: '2026-02-01' }, ['done', 'late']],
    [{ dueAfter: '2026-02-01' }, ['late', 'earlier-meeting', 'later-meeting']],
  ])('%j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
});
