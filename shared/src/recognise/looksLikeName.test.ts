import { describe, expect, it } from 'vitest';
import { looksLikeName, looksLikeRole } from './looksLikeName.js';

describe('looksLikeName', () => {
  it.each([
    ['Anna Berg', true],
    ['Ludwig van Beethoven', true],
    ['Ali Reza Mohammadi', true],
    ['Upphandlingen av', false],
    ['Student Representative', false],
    ['Vi', false],
    ['module leaders', false],
  ])('%j is a name: %s', (phrase, expected) => {
    expect(looksLikeName(phrase)).toBe(expected);
  });

  it.each([
    ['Student Representative', true],
    ['Committee Secretary', true],
    ['nämndsekreterare', true],
    ['Library Services', false],
  ])('%j is a role: %s', (phrase, expected) => {
    expect(looksLikeRole(phrase)).toBe(expected);
  });
});
