import { describe, expect, it } from 'vitest';
import { weekAfter } from './weekAfter';

describe('weekAfter', () => {
  const cases: [string, string][] = [
    ['2026-02-24', '2026-03-03'],
    ['2026-01-01', '2026-01-08'],
    ['2026-12-28', '2027-01-04'],
    ['2028-02-25', '2028-03-03'],
    ['2024-02-22', '2024-02-29'],
    // Summer time starts in Sweden on 29 March 2026; the day stays the day.
    ['2026-03-26', '2026-04-02'],
  ];
  for (const [date, expected] of cases) {
    it(`${date} → ${expected}`, () => expect(weekAfter(date)).toBe(expected));
  }

  it('throws on anything but a calendar date, naming it', () => {
    expect(() => weekAfter('24 februari')).toThrow('"24 februari"');
    expect(() => weekAfter('')).toThrow(RangeError);
  });
});
