import { emptyMinutes, type MeetingId, type Minutes } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import type { TaskStatusChange } from './TaskStatusStore.js';
import { type TaskSource, trackedTasks } from './trackedTasks.js';

const MEETING = 'm'.repeat(22) as MeetingId;

function minutes(...actions: Array<Partial<Minutes['actions'][number]>>): Minutes {
  return {
    ...emptyMinutes('2026-02-24'),
    actions: actions.map((action, index) => ({
      id: `t${index + 1}`,
      text: `Uppgift ${index + 1}`,
      assignees: [],
      due: null,
      dueDate: null,
      status: 'open',
      agendaItemId: null,
      agendaItemNumber: null,
      agendaItemTitle: null,
      ...action,
    })),
  };
}

function source(version: number | null): TaskSource {
  return {
    meetingId: MEETING,
    meetingTitle: 'Styrgrupp',
    meetingDate: '2026-02-24',
    seriesId: null,
    finalised: version !== null,
    version,
    path: (anchor) => `/meetings/${MEETING}${anchor ? `#${anchor}` : ''}`,
  };
}

const change = (status: 'open' | 'done', version: number): TaskStatusChange => ({
  meetingId: MEETING,
  nodeId: 't1',
  status,
  changedBy: 'Lina',
  changedAt: '2026-03-01T10:00:00.000Z',
  version,
  inDocument: false,
});

describe('trackedTasks', () => {
  it('is overdue when open and due before today, in the meeting’s page', () => {
    const [late, today, done] = trackedTasks(
      source(null),
      minutes(
        { dueDate: '2026-03-09' },
        { dueDate: '2026-03-10' },
        { dueDate: '2026-03-01', status: 'done' },
      ),
      [],
      '2026-03-10',
    );
    expect([late?.overdue, today?.overdue, done?.overdue]).toEqual([true, false, false]);
    expect(late?.path).toBe(`/meetings/${MEETING}#uppgift-t1`);
  });

  it('applies a status set after the version was final, over that version and older ones', () => {
    const tasks = (version: number, changes: TaskStatusChange[]) =>
      trackedTasks(source(version), minutes({}), changes, '2026-03-10')[0];
    expect(tasks(2, [change('done', 2)])).toMatchObject({ status: 'done', statusChangedBy: 'Lina' });
    expect(tasks(1, [change('done', 2)])).toMatchObject({ status: 'done' });
    expect(tasks(3, [change('done', 2)])).toMatchObject({ status: 'open', statusChangedBy: null });
  });

  it('takes a draft’s status from its document, naming who set it when it still holds', () => {
    const [task] = trackedTasks(source(null), minutes({ status: 'done' }), [change('done', 0)], '2026-03-10');
    expect(task).toMatchObject({ status: 'done', statusChangedBy: 'Lina' });
    const [edited] = trackedTasks(
      source(null),
      minutes({ status: 'open' }),
      [change('done', 0)],
      '2026-03-10',
    );
    expect(edited).toMatchObject({ status: 'open', statusChangedBy: null });
  });
});
