import { describe, expect, it } from 'vitest';
import { searchMatch } from './searchMatch.js';
import { snippetsOf } from './snippetsOf.js';
import { stemmedText, wordStems } from './wordStems.js';

describe('wordStems', () => {
  it.each([
    ['beslutade', 'besluta'],
    ['beslutas', 'beslut'],
    ['Styrgruppen', 'styrgrupp'],
    ['decisions', 'decision'],
    ['meetings', 'meeting'],
  ])('%s and %s share a stem', (a, b) => {
    expect(wordStems(a).some((stem) => wordStems(b).includes(stem))).toBe(true);
  });

  it('keeps numbers and very long tokens whole', () => {
    expect(wordStems('2025')).toEqual(['2025']);
    expect(wordStems('x'.repeat(60))).toEqual(['x'.repeat(60)]);
  });
});

describe('searchMatch', () => {
  it('asks for every word in any of its stems', () => {
    expect(searchMatch('Beslutade budget')?.words).toEqual([['beslut', 'beslutad'], ['budget']]);
  });

  it('keeps only letters and digits of what was typed', () => {
    const match = searchMatch('"budget" OR NEAR(x*, y) -z ^');
    expect(match?.words).toEqual([['budget'], ['or'], ['near'], ['x'], ['y'], ['z']]);
  });

  it('finds no words in punctuation', () => {
    expect(searchMatch('  ?!— "" ')).toBeUndefined();
  });
});

describe('snippetsOf', () => {
  const stems = (query: string) => searchMatch(query)?.stems ?? new Set<string>();

  it('marks the matching words as written, in the lines that hold them', () => {
    const text = 'Mötets öppnande\nStyrgruppen beslutade att godkänna budgeten.\nInget mer.';
    expect(snippetsOf(text, stems('besluta budget'))).toEqual([
      [
        { text: 'Styrgruppen ', hit: false },
        { text: 'beslutade', hit: true },
        { text: ' att godkänna ', hit: false },
        { text: 'budgeten', hit: true },
        { text: '.', hit: false },
      ],
    ]);
  });

  it('cuts long lines around the hits and keeps at most three snippets', () => {
    const long = `${'ord '.repeat(30)}beslut ${'ord '.repeat(30)}`.trim();
    const snippets = snippetsOf([long, long, long, long].join('\n'), stems('beslut'));
    expect(snippets).toHaveLength(3);
    const first = snippets[0] ?? [];
    expect(first.at(0)?.text.startsWith('…')).toBe(true);
    expect(first.at(-1)?.text.endsWith('…')).toBe(true);
    expect(first.filter((part) => part.hit)).toEqual([{ text: 'beslut', hit: true }]);
    expect(
      first
        .map((part) => part.text)
        .join('')
        .split(' ').length,
    ).toBeLessThan(20);
  });

  it('is plain text: markup in the minutes stays text', () => {
    const [snippet] = snippetsOf('<b>beslut</b> & <script>', stems('beslut'));
    expect(snippet).toEqual([
      { text: '<b>', hit: false },
      { text: 'beslut', hit: true },
      { text: '</b> & <script>', hit: false },
    ]);
  });
});

describe('stemmedText', () => {
  it('holds both stems of every word', () => {
    expect(stemmedText('Beslutade decisions')).toBe('beslut beslutad decision decis');
  });

  it('gives the stems of every line in order, the same each time, lines without words left out', () => {
    const text = 'Styrelsen beslutade\n · \n\nBudgeten godkändes\nStyrelsen beslutade';
    const once = stemmedText(text);
    expect(once).toBe(
      ['Styrelsen', 'beslutade', 'Budgeten', 'godkändes', 'Styrelsen', 'beslutade']
        .flatMap((word) => stemmedText(word).split(' '))
        .join(' '),
    );
    expect(stemmedText(text)).toBe(once);
    expect(stemmedText('Budgeten godkändes\nBudgeten ändrades')).toBe(
      `${stemmedText('Budgeten godkändes')} ${stemmedText('Budgeten ändrades')}`,
    );
  });
});
