import type { Minutes, MinutesAction, MinutesAgendaItem, MinutesDecision } from '@minutes/shared';

export interface AgendaGroup {
  /** Null for what was written outside any agenda item. */
  item: MinutesAgendaItem | null;
  decisions: MinutesDecision[];
  actions: MinutesAction[];
}

/** The decisions and tasks per agenda item, in agenda order; those outside the agenda first. */
export function groupByAgendaItem(minutes: Minutes): AgendaGroup[] {
  const outside: AgendaGroup = { item: null, decisions: [], actions: [] };
  const groups = new Map<number, AgendaGroup>(
    minutes.agenda.map((item) => [item.number, { item, decisions: [], actions: [] }]),
  );
  const groupOf = (number: number | null) => (number === null ? outside : (groups.get(number) ?? outside));
  for (const decision of minutes.decisions) groupOf(decision.agendaItemNumber).decisions.push(decision);
  for (const action of minutes.actions) groupOf(action.agendaItemNumber).actions.push(action);
  return [outside, ...groups.values()].filter((group) => group.decisions.length + group.actions.length > 0);
}
