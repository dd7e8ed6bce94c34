import { describe, expect, it } from 'vitest';
import { markdownLines } from './markdownLines.js';

const shape = (markdown: string) =>
  markdownLines(markdown).map(({ kind, level, number, task, text }) => ({ kind, level, number, task, text }));

describe('markdownLines', () => {
  it.each([
    [
      'a heading',
      '## Minnesanteckningar',
      [{ kind: 'heading', level: 2, number: null, task: false, text: 'Minnesanteckningar' }],
    ],
    [
      'a numbered heading',
      '#### 1. Ansvar för hjälpmedel',
      [{ kind: 'heading', level: 4, number: '1', task: false, text: 'Ansvar för hjälpmedel' }],
    ],
    [
      'a bullet list',
      '- Ett\n- Två',
      [
        { kind: 'item', level: 1, number: null, task: false, text: 'Ett' },
        { kind: 'item', level: 1, number: null, task: false, text: 'Två' },
      ],
    ],
    [
      'an ordered list',
      '1. Budget\n2. Lokaler',
      [
        { kind: 'item', level: 1, number: '1', task: false, text: 'Budget' },
        { kind: 'item', level: 1, number: '2', task: false, text: 'Lokaler' },
      ],
    ],
    [
      'a task item',
      '- [ ] @Ben — write the RFC',
      [{ kind: 'item', level: 1, number: null, task: true, text: '@Ben — write the RFC' }],
    ],
    [
      'a rule',
      'a\n\n---\n\nb',
      [
        { kind: 'paragraph', level: 0, number: null, task: false, text: 'a' },
        { kind: 'rule', level: 0, number: null, task: false, text: '' },
        { kind: 'paragraph', level: 0, number: null, task: false, text: 'b' },
      ],
    ],
    [
      'lines of one paragraph',
      'Datum: 2024-03-12\nTid: 18.00',
      [
        { kind: 'paragraph', level: 0, number: null, task: false, text: 'Datum: 2024-03-12' },
        { kind: 'paragraph', level: 0, number: null, task: false, text: 'Tid: 18.00' },
      ],
    ],
    [
      'a wrapped sentence',
      'Arbetet fortsätter\nenligt plan.',
      [{ kind: 'paragraph', level: 0, number: null, task: false, text: 'Arbetet fortsätter enligt plan.' }],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(shape(markdown)).toEqual(expected);
  });

  it('keeps a bold name whole across a hard break', () => {
    const [line] = markdownLines('**Närvarande:** **Johan  \nLindeberg**, Katrineholm');
    expect(line?.segments.filter((segment) => segment.bold).map((segment) => segment.text)).toEqual([
      'Närvarande:',
      'Johan Lindeberg',
    ]);
  });

  it('reads table rows as items', () => {
    expect(
      shape('| Åtgärd | Ansvarig |\n| --- | --- |\n| Boka lokal | Anna |').map((line) => line.text),
    ).toEqual(['Åtgärd | Ansvarig', 'Boka lokal | Anna']);
  });

  it('keeps the cells of a table row and marks the head', () => {
    expect(
      markdownLines('| Present | Role |\n|---|---|\n| Gillian Marsh | Chair |').map(
        ({ cells, tableHeader }) => ({
          cells,
          tableHeader,
        }),
      ),
    ).toEqual([
      { cells: ['Present', 'Role'], tableHeader: true },
      { cells: ['Gillian Marsh', 'Chair'], tableHeader: false },
    ]);
  });
});
