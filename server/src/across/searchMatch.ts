import type { SearchWords } from './SearchIndex.js';
import { wordStems, wordsIn } from './wordStems.js';

export interface SearchMatch {
  /** Every word of the search, as its stems: a match holds one stem of each. */
  words: SearchWords;
  /** The stems searched for, to mark the words of a snippet that match. */
  stems: ReadonlySet<string>;
}

const MAX_WORDS = 12;

/**
 * The full-text search for what someone typed: its words (letters and digits only, so nothing
 * typed is query syntax), each with its stems. Undefined when there is no word.
 */
export function searchMatch(query: string): SearchMatch | undefined {
  const typed = wordsIn(query).slice(0, MAX_WORDS);
  if (typed.length === 0) return undefined;
  const words = typed.map((word) => wordStems(word.text));
  return { words, stems: new Set(words.flat()) };
}
