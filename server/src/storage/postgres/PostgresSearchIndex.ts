import type { Pool } from 'pg';
import type {
  SearchEntry,
  SearchEntryKey,
  SearchIndex,
  SearchResult,
  SearchWords,
} from '../../across/SearchIndex.js';
import { stemmedText } from '../../across/wordStems.js';

const PUT = `INSERT INTO search_entries (meeting_id, source, version, text, stems, indexed_at)
  VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (meeting_id, source) DO UPDATE SET version = excluded.version, text = excluded.text,
    stems = excluded.stems, indexed_at = excluded.indexed_at`;
const PUT_IF_ABSENT = `INSERT INTO search_entries (meeting_id, source, version, text, stems, indexed_at)
  VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (meeting_id, source) DO NOTHING`;
const SELECT_ENTRIES = 'SELECT id, meeting_id AS "meetingId", source, version FROM search_entries';
// `terms` is the tsvector of the stems; normalisation 1 divides the rank by the log of the
// entry's length, so that a short entry about the words ranks above a long one that mentions them.
const SEARCH = `SELECT id, meeting_id AS "meetingId", source, version, text
  FROM search_entries, to_tsquery('simple', $1) AS query
  WHERE id = ANY ($2) AND terms @@ query
  ORDER BY ts_rank(terms, query, 1) DESC, id
  LIMIT $3`;

/** A stem as a quoted tsquery operand, so that nothing in it is read as tsquery syntax. */
function quoted(stem: string): string {
  return `'${stem.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/** The tsquery for the words: each in any of its stems. */
function tsquery(words: SearchWords): string {
  return words.map((stems) => `(${stems.map(quoted).join(' | ')})`).join(' & ');
}

/**
 * The search index in PostgreSQL full-text search. Entries keep the text as written and its
 * Swedish and English stems, the same as SQLite's FTS5 table holds; a generated tsvector of the
 * stems, under a GIN index, is what queries match.
 */
export class PostgresSearchIndex implements SearchIndex {
  constructor(private readonly pool: Pool) {}

  async put(key: SearchEntryKey, version: number | null, text: string): Promise<void> {
    await this.write(PUT, key, version, text);
  }

  async putIfAbsent(key: SearchEntryKey, version: number | null, text: string): Promise<void> {
    await this.write(PUT_IF_ABSENT, key, version, text);
  }

  async entries(): Promise<SearchEntry[]> {
    return (await this.pool.query<SearchEntry>(SELECT_ENTRIES)).rows;
  }

  async search(words: SearchWords, entryIds: readonly number[], limit: number): Promise<SearchResult[]> {
    if (entryIds.length === 0 || words.length === 0) return [];
    return (await this.pool.query<SearchResult>(SEARCH, [tsquery(words), entryIds, limit])).rows;
  }

  private async write(statement: string, key: SearchEntryKey, version: number | null, text: string) {
    await this.pool.query(statement, [
      key.meetingId,
      key.source,
      version,
      text,
      stemmedText(text),
      new Date().toISOString(),
    ]);
  }
}
