import { describe, expect, it } from 'vitest';
import { recogniseElections } from './recogniseElections.js';

describe('recogniseElections', () => {
  it.each([
    ['Till justerare valdes Lisa Ström.', [{ duty: 'verifier', names: ['Lisa Ström'] }]],
    ['Per Ek valdes till mötessekreterare.', [{ duty: 'secretary', names: ['Per Ek'] }]],
    [
      'Till ordförande för mötet valdes Bengt Holm och till sekreterare valdes Karin Ljung.',
      [
        { duty: 'chair', names: ['Bengt Holm'] },
        { duty: 'secretary', names: ['Karin Ljung'] },
      ],
    ],
    [
      'Till justerare tillika rösträknare valdes Sven Ek och Maria Dahl.',
      [{ duty: 'verifier', names: ['Sven Ek', 'Maria Dahl'] }],
    ],
    ['Gunilla Rask omvaldes som ordförande för ett år.', []],
    ['Styrelsen valde att avvakta.', []],
  ])('%s', (sentence, expected) => {
    expect(recogniseElections(sentence)).toEqual(expected);
  });
});
