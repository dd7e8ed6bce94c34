import { describe, expect, it } from 'vitest';
import { queryOf, searchPath } from './searchPath';

describe('searchPath and queryOf', () => {
  const cases: [string, string, string][] = [
    ['a word', 'budget', 'budget'],
    ['trimmed', '  budget  ', 'budget'],
    ['Swedish letters and spaces', 'förslag till nämnden', 'förslag till nämnden'],
    ['characters that mean something in a query', 'a&b=c?#d+e', 'a&b=c?#d+e'],
  ];
  for (const [name, typed, read] of cases) {
    it(`${name}: ${JSON.stringify(typed)} goes there and back`, () => {
      const path = searchPath(typed);
      expect(path.startsWith('/search?q=')).toBe(true);
      expect(path).not.toContain('#');
      expect(queryOf(path.slice('/search'.length))).toBe(read);
    });
  }

  it('reads no query as empty', () => {
    expect(queryOf('')).toBe('');
    expect(queryOf('?series=abc')).toBe('');
  });
});
