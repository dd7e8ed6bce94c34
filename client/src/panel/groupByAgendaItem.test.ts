import { emptyMinutes, type Minutes, type MinutesAction, type MinutesDecision } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import { groupByAgendaItem } from './groupByAgendaItem';

const at = (number: number | null) => ({
  agendaItemId: number === null ? null : `item-${number}`,
  agendaItemNumber: number,
  agendaItemTitle: number === null ? null : `Punkt ${number}`,
});
const decision = (text: string, number: number | null): MinutesDecision => ({
  id: text,
  text,
  reservations: [],
  ...at(number),
});
const action = (text: string, number: number | null): MinutesAction => ({
  id: text,
  text,
  assignees: [],
  due: null,
  dueDate: null,
  status: 'open',
  ...at(number),
});

function minutes(partial: Partial<Minutes>): Minutes {
  return {
    ...emptyMinutes(null),
    agenda: [1, 2, 3].map((number) => ({
      id: `item-${number}`,
      number,
      title: `Punkt ${number}`,
      presenter: null,
      status: 'open' as const,
    })),
    ...partial,
  };
}

describe('groupByAgendaItem', () => {
  it('groups decisions and tasks under their agenda item, in agenda order, and leaves out empty items', () => {
    const groups = groupByAgendaItem(
      minutes({
        decisions: [decision('B3', 3), decision('B1', 1)],
        actions: [action('U1', 1), action('U3', 3)],
      }),
    );
    expect(
      groups.map((group) => ({
        item: group.item?.number ?? null,
        decisions: group.decisions.map((d) => d.text),
        actions: group.actions.map((a) => a.text),
      })),
    ).toEqual([
      { item: 1, decisions: ['B1'], actions: ['U1'] },
      { item: 3, decisions: ['B3'], actions: ['U3'] },
    ]);
  });

  it('puts what was written outside the agenda first', () => {
    const groups = groupByAgendaItem(minutes({ decisions: [decision('B2', 2), decision('Före', null)] }));
    expect(groups.map((group) => group.item?.number ?? null)).toEqual([null, 2]);
    expect(groups[0]?.decisions.map((d) => d.text)).toEqual(['Före']);
  });

  it('returns nothing when there are no decisions or tasks', () => {
    expect(groupByAgendaItem(minutes({}))).toEqual([]);
  });
});
