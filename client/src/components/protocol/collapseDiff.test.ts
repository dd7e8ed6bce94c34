import type { DiffPart } from '@minutes/shared';
import { describe, expect, it } from 'vitest';
import { collapseDiff, type DiffRow } from './collapseDiff';

const same = (text: string): DiffPart => ({ kind: 'same', text });
const added = (text: string): DiffPart => ({ kind: 'added', text });
const removed = (text: string): DiffPart => ({ kind: 'removed', text });
const lines = (count: number, prefix = 's') => Array.from({ length: count }, (_, i) => same(`${prefix}${i}`));

/** A row as a short string: the text of a line, or "…N" for skipped lines. */
const show = (rows: DiffRow[]) =>
  rows.map((row) => (row.kind === 'skipped' ? `…${row.count}` : row.part.text));

describe('collapseDiff', () => {
  it('keeps a short diff whole', () => {
    expect(show(collapseDiff([same('a'), removed('b'), added('c'), same('d')]))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('skips unchanged lines before the first change, keeping the context', () => {
    expect(show(collapseDiff([...lines(10), added('x')]))).toEqual(['…8', 's8', 's9', 'x']);
  });

  it('skips unchanged lines after the last change, keeping the context', () => {
    expect(show(collapseDiff([removed('x'), ...lines(10)]))).toEqual(['x', 's0', 's1', '…8']);
  });

  it('keeps context on both sides of a long run between changes', () => {
    expect(show(collapseDiff([added('x'), ...lines(10), added('y')]))).toEqual([
      'x',
      's0',
      's1',
      '…6',
      's8',
      's9',
      'y',
    ]);
  });

  it('does not skip a single line', () => {
    expect(show(collapseDiff([added('x'), ...lines(5), added('y')]))).toEqual([
      'x',
      's0',
      's1',
      's2',
      's3',
      's4',
      'y',
    ]);
  });

  it('skips everything when nothing changed', () => {
    expect(show(collapseDiff(lines(4)))).toEqual(['…4']);
  });

  it('numbers rows by the part they stand for', () => {
    const rows = collapseDiff([...lines(10), added('x')]);
    expect(rows.map((row) => row.line)).toEqual([0, 8, 9, 10]);
  });
});
