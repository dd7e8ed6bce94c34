import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref.js';

describe('safeHref', () => {
  it.each([
    ['https://example.se/a?b=1', 'https://example.se/a?b=1'],
    ['  http://example.se ', 'http://example.se'],
    ['MAILTO:sekreterare@example.se', 'MAILTO:sekreterare@example.se'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['vbscript:x', null],
    ['/relative', null],
    ['', null],
    [42, null],
  ])('%j gives %j', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });

  it('allows a relative URL only when asked to', () => {
    expect(safeHref('/v/abc/export.pdf', { allowRelative: true })).toBe('/v/abc/export.pdf');
    expect(safeHref('export.pdf?x=1', { allowRelative: true })).toBe('export.pdf?x=1');
    expect(safeHref('javascript:alert(1)', { allowRelative: true })).toBeNull();
  });
});
