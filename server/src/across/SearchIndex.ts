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

/** The full-text index over the minutes: one entry per meeting and source, searched by stems. */
export interface SearchIndex {
  /** Stores the text of an entry, replacing what was there. */
  put(key: SearchEntryKey, version: number | null, text: string): void;
  /** Stores the text of an entry unless there is one already. */
  putIfAbsent(key: SearchEntryKey, version: number | null, text: string): void;
  /** Every entry, without its text. */
  entries(): SearchEntry[];
  /** The best matches for an FTS5 expression among the given entries, best first. */
  search(expression: string, entryIds: readonly number[], limit: number): SearchResult[];
}
