import { describe, expect, it } from 'vitest';
import { type LinkTarget, linkTarget } from './linkTarget';

const HERE = 'https://minutes.example.org/meetings/AAAAAAAAAAAAAAAAAAAAAA';

describe('linkTarget', () => {
  const cases: [string, LinkTarget | null][] = [
    [
      '/meetings/BBBBBBBBBBBBBBBBBBBBBB#uppgift-abc',
      { kind: 'app', path: '/meetings/BBBBBBBBBBBBBBBBBBBBBB#uppgift-abc' },
    ],
    ['#beslut-x', { kind: 'app', path: '/meetings/AAAAAAAAAAAAAAAAAAAAAA#beslut-x' }],
    ['https://minutes.example.org/series/s1?tab=1', { kind: 'app', path: '/series/s1?tab=1' }],
    ['https://other.example.org/page', { kind: 'external', url: 'https://other.example.org/page' }],
    ['http://minutes.example.org/x', { kind: 'external', url: 'http://minutes.example.org/x' }],
    ['//evil.example/path', { kind: 'external', url: 'https://evil.example/path' }],
    ['mailto:lina@example.org', { kind: 'external', url: 'mailto:lina@example.org' }],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['http://[::1', null],
  ];
  for (const [href, expected] of cases) {
    it(`${href} → ${JSON.stringify(expected)}`, () => expect(linkTarget(href, HERE)).toEqual(expected));
  }
});
