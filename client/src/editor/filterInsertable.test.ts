import { describe, expect, it } from 'vitest';
import { filterInsertable } from './filterInsertable';
import { INSERTABLE_NODES, type InsertableNode } from './insertableNodes';

const SWEDISH: Record<string, string> = {
  agendaItem: 'Dagordningspunkt',
  decision: 'Beslut',
  actionItem: 'Uppgift',
  attendeeList: 'Deltagarlista',
  meetingHeader: 'Mötesrubrik',
  nextMeeting: 'Nästa möte',
};
const labelOf = (node: InsertableNode) => SWEDISH[node.name] ?? node.name;
const names = (query: string) => filterInsertable(INSERTABLE_NODES, query, labelOf).map((node) => node.name);

describe('filterInsertable', () => {
  const cases: { query: string; expected: string[] }[] = [
    {
      query: '',
      expected: ['agendaItem', 'decision', 'actionItem', 'attendeeList', 'meetingHeader', 'nextMeeting'],
    },
    { query: 'dag', expected: ['agendaItem'] },
    { query: 'BES', expected: ['decision'] },
    { query: 'åtg', expected: ['actionItem'] },
    { query: 'task', expected: ['actionItem'] },
    { query: 'möte', expected: ['meetingHeader', 'nextMeeting'] },
    { query: 'nästa', expected: ['nextMeeting'] },
    { query: 'rub', expected: ['meetingHeader'] },
    // A label that starts with the query ranks before a keyword that does ("närvarande").
    { query: 'n', expected: ['nextMeeting', 'attendeeList'] },
    { query: 'del', expected: ['attendeeList'] },
    { query: 'xyz', expected: [] },
  ];
  for (const { query, expected } of cases) {
    it(`"${query}" → ${expected.join(', ') || 'nothing'}`, () => {
      expect(names(query)).toEqual(expected);
    });
  }
});
