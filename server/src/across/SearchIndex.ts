import type { MeetingId } from '@minutes/shared';

/** Which copy of a meeting's minutes an entry holds: the live draft, or the latest published version. */
export type SearchSource = 'draft' | 'published';

export interface SearchEntryKey {
  meetingId: MeetingId;
  source: SearchSource;
}

export interface SearchEntry extends SearchEntryKey {
  id: number;
  /** The published version's number; null for the draft. */
  version: number | null;
}

export interface SearchResult extends SearchEntry {
  /** The text as written, for snippets. */
  text: string;
}

/** The words of a search, each as the stems it may be found under. */
export type SearchWords = readonly (readonly string[])[];

/** The full-text index over the minutes: one entry per meeting and source, searched by stems. */
export interface SearchIndex {
  /** Stores the text of an entry, replacing what was there. */
  put(key: SearchEntryKey, version: number | null, text: string): Promise<void>;
  /** Stores the text of an entry unless there is one already. */
  putIfAbsent(key: SearchEntryKey, version: number | null, text: string): Promise<void>;
  /** Every entry, without its text. */
  entries(): Promise<SearchEntry[]>;
  /**
   * The best matches among the given entries, best first: those that hold, for each word searched
   * (`words`, each given as its stems, from `searchMatch`), at least one of its stems.
   */
  search(words: SearchWords, entryIds: readonly number[], limit: number): Promise<SearchResult[]>;
}
