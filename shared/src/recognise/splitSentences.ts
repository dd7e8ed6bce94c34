import { wordBoundaries } from './wordBoundaries.js';

const ABBREVIATION = wordBoundaries(
  /(?:\b(?:t\.ex|bl\.a|m\.m|m\.fl|o\.s\.v|d\.v\.s|dvs|osv|ca|kl|resp|rep|nr|jfr|inkl|exkl|tel|fil|dr|ev|s\.k|p\.g\.a|pga|e\.g|i\.e|etc|approx|incl|no|vs|mr|mrs|ms|prof|st|dept|fig|p|pp|jr|sr|ibid|ref|ordf|sekr|tf|t\.f|bitr|v))\.$/iu,
);

/** Sentences of a paragraph, not broken after abbreviations ("t.ex.", "kl.", "e.g.") or initials. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?]+["”’)]?\s+(?=["“”'(]?[\p{Lu}\d•])/gu;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].trimEnd().length;
    const head = text.slice(start, end);
    if (ABBREVIATION.test(head) || /(?:^|\s)\p{Lu}\.$/u.test(head)) continue;
    if (/\d\.$/u.test(head) && /^\d/u.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    sentences.push(head.trim());
    start = (match.index ?? 0) + match[0].length;
  }
  const tail = text.slice(start).trim();
  if (tail !== '') sentences.push(tail);
  return sentences.filter((sentence) => sentence !== '');
}
