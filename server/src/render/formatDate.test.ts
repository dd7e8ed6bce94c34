import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatDateTime } from './formatDate.js';

describe('dates the Swedish way', () => {
  it.each([
    ['2026-02-24', 'sv', '24 februari 2026'],
    ['2026-02-24', 'en', '24 February 2026'],
    ['2026-02-30', 'sv', '2026-02-30'],
    ['nästa styrgruppsmöte', 'sv', 'nästa styrgruppsmöte'],
  ] as const)('formatDate(%j, %s) is %j', (value, lang, expected) => {
    expect(formatDate(value, lang)).toBe(expected);
  });

  it.each([
    ['2026-02-24T14:30:00Z', 'sv', '24 februari 2026 kl. 15.30'],
    ['2026-06-30T22:15:00Z', 'sv', '1 juli 2026 kl. 00.15'],
    ['2026-02-24T14:30:00Z', 'en', '24 February 2026, 15:30'],
    ['igår', 'sv', 'igår'],
  ] as const)('formatDateTime(%j, %s) is %j, Swedish time', (value, lang, expected) => {
    expect(formatDateTime(value, lang)).toBe(expected);
  });

  it('writes clock times with a dot in Swedish', () => {
    expect(formatClock('13:00–15:00', 'sv')).toBe('13.00–15.00');
    expect(formatClock('13:00', 'en')).toBe('13:00');
  });
});
