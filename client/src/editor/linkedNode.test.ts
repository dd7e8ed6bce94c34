import { describe, expect, it } from 'vitest';
import { anchorOf, type LinkedNode, linkedNode } from './linkedNode';

describe('linkedNode', () => {
  const cases: [string, LinkedNode | null][] = [
    ['#uppgift-abc123', { type: 'actionItem', id: 'abc123' }],
    ['#beslut-d_budget-2', { type: 'decision', id: 'd_budget-2' }],
    ['uppgift-abc', { type: 'actionItem', id: 'abc' }],
    ['', null],
    ['#', null],
    ['#uppgift-', null],
    ['#main', null],
    ['#punkt-abc', null],
    ['#uppgift-abc def', null],
    ['#uppgift-abc%20def', null],
    ['#uppgift-%E0', null],
    ['#Uppgift-abc', null],
  ];
  for (const [hash, expected] of cases) {
    it(`${JSON.stringify(hash)} → ${JSON.stringify(expected)}`, () =>
      expect(linkedNode(hash)).toEqual(expected));
  }

  it('reads back the anchors the node views carry', () => {
    expect(linkedNode(`#${anchorOf('actionItem', 'n1')}`)).toEqual({ type: 'actionItem', id: 'n1' });
    expect(linkedNode(`#${anchorOf('decision', 'n2')}`)).toEqual({ type: 'decision', id: 'n2' });
    expect(anchorOf('actionItem', 'n1')).toBe('uppgift-n1');
    expect(anchorOf('decision', 'n2')).toBe('beslut-n2');
  });
});
