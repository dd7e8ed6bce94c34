import { describe, expect, it } from 'vitest';
import { namesIn, SEPARATOR, splitOutside, stripHonorific } from './namesIn.js';

describe('namesIn', () => {
  it.each([
    ['Anna Berg (ordförande), Lisa Ström', ['Anna Berg', 'Lisa Ström']],
    ['@yuki-t', ['yuki-t']],
    ['Dr Fiona McKay, Professor Alan Reeves', ['Fiona McKay', 'Alan Reeves']],
    ['Justeras', []],
    ['...........', []],
  ])('%j', (value, expected) => {
    expect(namesIn(value)).toEqual(expected);
  });

  it.each([
    ['Professor Jane Thompson', 'Jane Thompson'],
    ['Mrs Claire Dobson', 'Claire Dobson'],
    ['PC Tom Hardy', 'Tom Hardy'],
    ['Drottning Silvia', 'Drottning Silvia'],
  ])('takes the title off %j', (name, expected) => {
    expect(stripHonorific(name)).toBe(expected);
  });

  it('splits only outside parentheses', () => {
    expect(splitOutside('Annelie Ström (nämndsekreterare, antecknar), Jan Persson', SEPARATOR)).toEqual([
      'Annelie Ström (nämndsekreterare, antecknar)',
      'Jan Persson',
    ]);
  });
});
