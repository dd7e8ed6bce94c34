import { wordBoundaries } from './wordBoundaries.js';

const CANDIDATE = /bordl|skjuts|tabled|deferred|postponed|held over|carried/iu;
const TABLED: readonly RegExp[] = [
  wordBoundaries(/\bbordl(?:äggs|ägges|ades|agd|agda|agt|ägga|ägger|ägning)\b/iu),
  wordBoundaries(/\bskjuts\s+upp\s+till\s+(?:nästa|kommande)\b/iu),
  wordBoundaries(/\btabled\b/iu),
  wordBoundaries(/\b(?:deferred|postponed|held over|carried (?:over|forward))\s+(?:to|until|till)\b/iu),
];

/** Whether a sentence tables an item ("Bordläggs till mötet i februari", "Tabled until next meeting"). */
export function recogniseTabled(sentence: string): boolean {
  return CANDIDATE.test(sentence) && TABLED.some((rule) => rule.test(sentence));
}
