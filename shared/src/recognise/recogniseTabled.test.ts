import { describe, expect, it } from 'vitest';
import { recogniseTabled } from './recogniseTabled.js';

describe('recogniseTabled', () => {
  it.each([
    'Frågan bordläggs till nästa styrelsemöte.',
    'The item was deferred to the May meeting.',
    'Ärendet återremitteras till förvaltningen för komplettering.',
    'Tas upp igen på nästa möte.',
    'Frågan om ny lekplats skjuts upp till budgetmötet i november.',
    'No decision yet, revisit next sync after people have commented.',
    'The matter was held over to the next meeting.',
  ])('tabled: %s', (sentence) => {
    expect(recogniseTabled(sentence)).toBe(true);
  });

  it.each([
    'Ingrid Påhlsson (C) yrkar att ärendet ska återremitteras.',
    'Action 24/33 (timetabling survey): outstanding, carried forward.',
    'All actions are complete except the handbook (carried over, see item 5).',
    'Upphandlingen skjuts upp till våren 2026.',
    'Lena tar upp frågan med idrottsföreningsrådet.',
  ])('not tabled: %s', (sentence) => {
    expect(recogniseTabled(sentence)).toBe(false);
  });
});
