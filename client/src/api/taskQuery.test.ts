import { describe, expect, it } from 'vitest';
import { OPEN_TASKS, type TaskFilterForm, taskQuery } from './taskQuery';

describe('taskQuery', () => {
  const cases: [string, Partial<TaskFilterForm>, string][] = [
    ['open tasks, nothing else', {}, '?status=open'],
    ['every status', { status: 'all' }, '?status=all'],
    ['overdue', { status: 'overdue' }, '?status=overdue'],
    ['an assignee, trimmed', { assignee: '  Lina ' }, '?status=open&assignee=Lina'],
    ['a blank assignee filters nothing', { assignee: '   ' }, '?status=open'],
    ['a meeting', { meeting: 'abc_-123' }, '?status=open&meeting=abc_-123'],
    [
      'due dates on both sides',
      { dueAfter: '2026-01-01', dueBefore: '2026-03-31' },
      '?status=open&dueAfter=2026-01-01&dueBefore=2026-03-31',
    ],
    ['only a last date', { dueBefore: '2026-03-31' }, '?status=open&dueBefore=2026-03-31'],
    [
      'characters that need escaping',
      { assignee: 'Åsa & Örjan=1' },
      '?status=open&assignee=%C3%85sa+%26+%C3%96rjan%3D1',
    ],
  ];
  for (const [name, filter, expected] of cases) {
    it(`${name} → ${expected}`, () => expect(taskQuery({ ...OPEN_TASKS, ...filter })).toBe(expected));
  }

  it('reads back as the filter the server takes', () => {
    const query = new URLSearchParams(
      taskQuery({ status: 'done', assignee: 'Osman', meeting: 'm1', dueAfter: '2026-02-01', dueBefore: '' }),
    );
    expect(Object.fromEntries(query)).toEqual({
      status: 'done',
      assignee: 'Osman',
      meeting: 'm1',
      dueAfter: '2026-02-01',
    });
  });
});
