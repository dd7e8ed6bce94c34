import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../storage/openDatabase.js';
import type { SearchEntry, SearchEntryKey, SearchIndex, SearchResult, SearchWords } from './SearchIndex.js';
import { stemmedText } from './wordStems.js';

const SELECT_ENTRY = 'SELECT id FROM search_entries WHERE meeting_id = ? AND source = ?';
const INSERT_ENTRY = `INSERT INTO search_entries (meeting_id, source, version, text, indexed_at)
  VALUES (?, ?, ?, ?, ?)`;
const UPDATE_ENTRY = 'UPDATE search_entries SET version = ?, text = ?, indexed_at = ? WHERE id = ?';
const DELETE_TERMS = 'DELETE FROM search_terms WHERE rowid = ?';
const INSERT_TERMS = 'INSERT INTO search_terms (rowid, stems) VALUES (?, ?)';
const SELECT_ENTRIES = `SELECT id, meeting_id AS meetingId, source, version FROM search_entries`;
// bm25 ranks lower (more negative) for better matches.
const SEARCH = `SELECT e.id, e.meeting_id AS meetingId, e.source, e.version, e.text
  FROM search_terms JOIN search_entries e ON e.id = search_terms.rowid
  WHERE search_terms MATCH ? AND search_terms.rowid IN (SELECT value FROM json_each(?))
  ORDER BY bm25(search_terms) LIMIT ?`;

/**
 * The FTS5 query for the words: each in any of its stems, quoted, so that no stem is read as FTS5
 * syntax (stems are letters and digits only in any case).
 */
function fts5Expression(words: SearchWords): string {
  return words.map((stems) => `(${stems.map((stem) => `"${stem}"`).join(' OR ')})`).join(' AND ');
}

/**
 * The search index in SQLite FTS5. Entries keep the text as written; the FTS5 table holds its
 * Swedish and English stems under the entry's id, so a query stemmed the same way finds every
 * inflected form, and snippets are cut from the original words.
 */
export class SqliteSearchIndex implements SearchIndex {
  private readonly write: (
    key: SearchEntryKey,
    version: number | null,
    text: string,
    replace: boolean,
  ) => void;
  private readonly selectEntries: Statement<[], SearchEntry>;
  private readonly searchStatement: Statement<[string, string, number], SearchResult>;

  constructor(db: SqliteDatabase) {
    const selectEntry = db.prepare<[string, string], { id: number }>(SELECT_ENTRY);
    const insertEntry = db.prepare(INSERT_ENTRY);
    const updateEntry = db.prepare(UPDATE_ENTRY);
    const deleteTerms = db.prepare(DELETE_TERMS);
    const insertTerms = db.prepare(INSERT_TERMS);
    this.write = db.transaction((key, version, text, replace) => {
      const at = new Date().toISOString();
      const existing = selectEntry.get(key.meetingId, key.source);
      if (existing && !replace) return;
      let id: number;
      if (existing) {
        id = existing.id;
        updateEntry.run(version, text, at, id);
        deleteTerms.run(id);
      } else {
        id = Number(insertEntry.run(key.meetingId, key.source, version, text, at).lastInsertRowid);
      }
      insertTerms.run(id, stemmedText(text));
    });
    this.selectEntries = db.prepare(SELECT_ENTRIES);
    this.searchStatement = db.prepare(SEARCH);
  }

  async put(key: SearchEntryKey, version: number | null, text: string): Promise<void> {
    this.write(key, version, text, true);
  }

  async putIfAbsent(key: SearchEntryKey, version: number | null, text: string): Promise<void> {
    this.write(key, version, text, false);
  }

  async entries(): Promise<SearchEntry[]> {
    return this.selectEntries.all();
  }

  async search(words: SearchWords, entryIds: readonly number[], limit: number): Promise<SearchResult[]> {
    if (entryIds.length === 0 || words.length === 0) return [];
    return this.searchStatement.all(fts5Expression(words), JSON.stringify(entryIds), limit);
  }
}
