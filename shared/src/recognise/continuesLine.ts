import { wordBoundaries } from './wordBoundaries.js';

const CLOSED = /[.!?:;]["”’)]?$/u;
const HYPHENATED = /\p{Ll}-$/u;
const ATT_CLAUSE_LEAD =
  /(?:beslutade|beslutar|beslöt|beslutades|beslutas|föreslår|föreslog|yrkar|yrkade|samt|och|,|;)$/iu;
const OPEN_END = wordBoundaries(
  /\b(?:och|samt|att|i|på|av|för|med|till|om|som|den|det|de|en|ett|eller|från|vid|under|inom|mellan|men|and|the|of|to|for|with|in|on|at|by|a|an|or|from|but)$/iu,
);

export type Continuation = 'join' | 'hyphen' | 'none';

/**
 * Whether `next` continues the sentence that `prev` broke off, as text taken out of a PDF does in
 * mid-sentence. Lines that start a list item never continue.
 */
export function continuesLine(prev: string, next: string): Continuation {
  const before = prev.trimEnd();
  const after = next.trimStart();
  if (before === '' || after === '' || CLOSED.test(before)) return 'none';
  const first = after[0] ?? '';
  const lowerStart = /\p{Ll}/u.test(first);
  if (lowerStart && HYPHENATED.test(before) && !/^(?:och|eller|samt|and|or)\s/u.test(after)) return 'hyphen';
  if (lowerStart) return /^att\s/u.test(after) && ATT_CLAUSE_LEAD.test(before) ? 'none' : 'join';
  if (/\d/.test(first)) return before.length > 60 ? 'join' : 'none';
  if (before.endsWith(',')) return 'join';
  if (OPEN_END.test(before) && before.length > 30) return 'join';
  return 'none';
}
