import type { MinutesLanguage } from './RecognisedMinutes.js';
import { wordBoundaries } from './wordBoundaries.js';

const SWEDISH = wordBoundaries(
  /\b(?:och|att|det|som|är|för|med|på|av|till|inte|har|vi|ett|möte|beslut)\b/giu,
);
const ENGLISH = wordBoundaries(/\b(?:the|and|to|of|is|for|with|on|that|will|was|be|are|by|meeting)\b/giu);

/** Swedish or English, by counting common words in the first part of the text. */
export function detectLanguage(text: string): MinutesLanguage {
  const sample = text.slice(0, 20_000);
  const sv = sample.match(SWEDISH)?.length ?? 0;
  const en = sample.match(ENGLISH)?.length ?? 0;
  return en > sv ? 'en' : 'sv';
}
