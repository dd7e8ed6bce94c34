import { describe, expect, it } from 'vitest';
import { tableColumns } from './tableColumns.js';

describe('tableColumns', () => {
  it.each([
    [['#', 'Action', 'Owner', 'Due'], { kind: 'actions', text: 1, owner: 2, due: 3 }],
    [['Vad', 'Vem', 'När'], { kind: 'actions', text: 0, owner: 1, due: 2 }],
    [['Åtgärd', 'Ansvarig', 'Klart till'], { kind: 'actions', text: 0, owner: 1, due: 2 }],
    [['**Task**', 'Assigned to'], { kind: 'actions', text: 0, owner: 1, due: null }],
    [['Beslut', 'Datum'], { kind: 'decisions', text: 0, owner: null, due: null }],
    [['Present', 'Role'], null],
    [['Anna Berg', 'Lisa Ström'], null],
  ] as const)('%j', (header, expected) => {
    expect(tableColumns(header)).toEqual(expected);
  });
});
