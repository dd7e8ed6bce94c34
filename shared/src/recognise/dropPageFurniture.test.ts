import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from './dropPageFurniture.js';

const kept = (text: string) => dropPageFurniture(text.split('\n')).filter((line) => line.trim() !== '');

describe('dropPageFurniture', () => {
  it.each([
    [
      'a page number beside the head',
      'Sandvikens kommun          Sida 1 (5)\nKultur- och fritidsnämnden\nText.',
      ['Sandvikens kommun', 'Kultur- och fritidsnämnden', 'Text.'],
    ],
    ['a signature box', 'Beslut.\nJusterandes sign          Utdragsbestyrkande', ['Beslut.']],
    [
      'the head repeated on a later page',
      'PROTOKOLL\nStyrelsen\n§ 1\nText.\nPage 2 of 3\nPROTOKOLL\nStyrelsen\n§ 2',
      ['PROTOKOLL', 'Styrelsen', '§ 1', 'Text.', '§ 2'],
    ],
    [
      'a repeated line far from any page mark',
      `Styrelsen\n${'Text.\n'.repeat(12)}Page 2 of 3\n${'Mer text.\n'.repeat(8)}Styrelsen`,
      ['Styrelsen', ...Array(12).fill('Text.'), ...Array(8).fill('Mer text.'), 'Styrelsen'],
    ],
    ['text without page marks', 'Styrelsen\nText.\nStyrelsen', ['Styrelsen', 'Text.', 'Styrelsen']],
  ])('%s', (_, text, expected) => {
    expect(kept(text)).toEqual(expected);
  });
});
