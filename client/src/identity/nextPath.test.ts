import { describe, expect, it } from 'vitest';
import { nextPath, signInPath } from './nextPath';

describe('nextPath', () => {
  const cases: [string | null, string][] = [
    [null, '/'],
    ['', '/'],
    ['/meetings/abc', '/meetings/abc'],
    ['/invite/t0k3n?x=1', '/invite/t0k3n?x=1'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
  ];
  for (const [next, expected] of cases) {
    it(`${JSON.stringify(next)} → ${expected}`, () => expect(nextPath(next)).toBe(expected));
  }
});

describe('signInPath', () => {
  it('asks to come back to the page', () => {
    expect(signInPath('/meetings/abc')).toBe('/signin?next=%2Fmeetings%2Fabc');
    expect(signInPath('/invite/x', '/signup')).toBe('/signup?next=%2Finvite%2Fx');
  });

  it('needs no parameter for the start page', () => expect(signInPath('/')).toBe('/signin'));
});
