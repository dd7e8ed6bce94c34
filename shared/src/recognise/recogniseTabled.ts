import { wordBoundaries } from './wordBoundaries.js';

const CANDIDATE =
  /bordl|skjuts|tabled|deferred|postponed|held over|carried|återremi|remitted|referred back|upp igen|revisit|sköts|put off/iu;
const TABLED: readonly RegExp[] = [
  wordBoundaries(/\bbordl(?:äggs|ägges|ades|agd|agda|agt|ägga|ägger|ägning)\b/iu),
  wordBoundaries(/\bskjuts\s+upp\s+till\s+(?:nästa|kommande)\b/iu),
  wordBoundaries(
    /^(?:frågan|ärendet|punkten|diskussionen|beslutet)\b[^.!?]{0,80}?\b(?:skjuts|sköts)\s+upp\b|^(?:the\s+)?(?:item|matter|question|discussion|decision)\b[^.!?]{0,80}?\b(?:was|is|will be)\s+(?:put off|held over)\b/iu,
  ),
  wordBoundaries(/\btabled\b/iu),
  wordBoundaries(/\b(?:deferred|postponed|held over|carried (?:over|forward))\s+(?:to|until|till)\b/iu),
  wordBoundaries(/\båterremitte(?:ras|rades|rat|ra)\b|\båterremiss\b|\b(?:remitted|referred)\s+back\b/iu),
  wordBoundaries(/\b(?:tas|togs|tar vi)\s+upp\s+igen\s+(?:på|vid|till|under|i)\b/iu),
  wordBoundaries(
    /\brevisit(?:ed)?\s+(?:(?:at|in|on|during)\s+)?(?:the\s+)?(?:next|upcoming|following)\b|\bto be revisited\b/iu,
  ),
];

/** A motion or proposal to table ("X yrkar återremiss") is not the tabling itself. */
const MOTION = wordBoundaries(
  /\b(?:yrkar|yrkade|föreslår|föreslog|proposes|proposed|moved that|moves that)\b/iu,
);

/** Whether a sentence tables an item ("Bordläggs till mötet i februari", "Tabled until next meeting"). */
export function recogniseTabled(sentence: string): boolean {
  return CANDIDATE.test(sentence) && TABLED.some((rule) => rule.test(sentence)) && !MOTION.test(sentence);
}
