import { wordStems, wordsIn } from './wordStems.js';

export interface SearchMatch {
  /** An FTS5 query: every word of the search, in any of its stems. */
  expression: string;
  /** The stems searched for, to mark the words of a snippet that match. */
  stems: ReadonlySet<string>;
}

const MAX_WORDS = 12;

/**
 * The full-text query for what someone typed. Only stems made of letters and digits reach FTS5,
 * each quoted, so nothing typed is ever read as FTS5 syntax. Undefined when there is no word.
 */
export function searchMatch(query: string): SearchMatch | undefined {
  const words = wordsIn(query).slice(0, MAX_WORDS);
  if (words.length === 0) return undefined;
  const stems = new Set<string>();
  const groups = words.map((word) => {
    const forms = wordStems(word.text);
    for (const form of forms) stems.add(form);
    return `(${forms.map((form) => `"${form}"`).join(' OR ')})`;
  });
  return { expression: groups.join(' AND '), stems };
}
