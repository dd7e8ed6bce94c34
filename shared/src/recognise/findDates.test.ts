import { describe, expect, it } from 'vitest';
import { findDates } from './findDates.js';

const first = (text: string, compact = false, language: 'sv' | 'en' = 'sv') =>
  findDates(text, { reference: null, language, compact })[0]?.iso ?? null;

describe('findDates', () => {
  it.each([
    ['24 februari 2026', false, 'sv', '2026-02-24'],
    ['Datum: 260410', true, 'sv', '2026-04-10'],
    ['Minnesanteckningar Styrgrupp 250429', true, 'sv', '2025-04-29'],
    ['2026-04-10', false, 'sv', '2026-04-10'],
    ['April 12, 2024', false, 'en', '2024-04-12'],
    ['Tuesday 9 April 2024 at 7.00 pm', false, 'en', '2024-04-09'],
    ['12.3.2024', false, 'sv', '2024-03-12'],
    ['03/12/2024', false, 'en', '2024-03-12'],
    ['måndag 3 februari 2025, kl. 19.00', false, 'sv', '2025-02-03'],
    ['250431', true, 'sv', null],
    ['mätperioden 250401-250630', true, 'sv', null],
    ['Frågan om frågeställningar', false, 'sv', null],
  ] as const)('%s', (text, compact, language, expected) => {
    expect(first(text, compact, language)).toBe(expected);
  });

  it('reads days without a year against the reference', () => {
    expect(findDates('den 5 juni', { reference: '2026-04-28', language: 'sv' })[0]).toMatchObject({
      iso: '2026-06-05',
      yearWritten: false,
    });
  });

  it('keeps a month without a day as a phrase', () => {
    expect(findDates('återkoppling i augusti', { reference: '2026-04-28', language: 'sv' })[0]).toMatchObject(
      {
        iso: null,
        month: 'augusti',
      },
    );
  });

  it.each([
    ['fredag nästa vecka', '2025-10-17'],
    ['på tisdag nästa vecka', '2025-10-14'],
    ['Friday next week', '2025-10-17'],
    ['nästa veckas måndag', '2025-10-13'],
  ])('reads %j as a day in the week after the meeting', (text, iso) => {
    const language = /[ä]/u.test(text) ? 'sv' : 'en';
    expect(findDates(text, { reference: '2025-10-07', language })[0]?.iso).toBe(iso);
  });
});
