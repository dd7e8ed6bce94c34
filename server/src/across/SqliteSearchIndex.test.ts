import type { MeetingId } from '@minutes/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemoryDatabase, type SqliteDatabase } from '../storage/openDatabase.js';
import { SqliteSearchIndex } from './SqliteSearchIndex.js';
import { searchMatch } from './searchMatch.js';

const A = 'a'.repeat(22) as MeetingId;
const B = 'b'.repeat(22) as MeetingId;

let db: SqliteDatabase;
let index: SqliteSearchIndex;

beforeEach(() => {
  db = openMemoryDatabase();
  index = new SqliteSearchIndex(db);
});

afterEach(() => db.close());

function find(query: string, ids = index.entries().map((entry) => entry.id)) {
  const match = searchMatch(query);
  if (!match) throw new Error('no words');
  return index.search(match.expression, ids, 50).map((result) => `${result.meetingId[0]}:${result.source}`);
}

describe('SqliteSearchIndex', () => {
  it('finds inflected forms of Swedish and English words', () => {
    index.put({ meetingId: A, source: 'draft' }, null, 'Styrgruppen beslutade att godkänna budgeten.');
    index.put({ meetingId: B, source: 'draft' }, null, 'The board made two decisions about the budget.');
    expect(find('besluta')).toEqual(['a:draft']);
    expect(find('budget')).toEqual(expect.arrayContaining(['a:draft', 'b:draft']));
    expect(find('decision')).toEqual(['b:draft']);
    expect(find('besluta decision')).toEqual([]);
  });

  it('searches only the entries asked for', () => {
    index.put({ meetingId: A, source: 'draft' }, null, 'hemligt beslut');
    index.put({ meetingId: A, source: 'published' }, 1, '█████ beslut');
    const published = index
      .entries()
      .filter((entry) => entry.source === 'published')
      .map((entry) => entry.id);
    expect(find('hemligt', published)).toEqual([]);
    expect(find('beslut', published)).toEqual(['a:published']);
    expect(find('hemligt', [])).toEqual([]);
  });

  it('replaces an entry’s text, and keeps it when asked only to fill a gap', () => {
    const key = { meetingId: A, source: 'draft' } as const;
    index.put(key, null, 'gammal text');
    index.putIfAbsent(key, null, 'annan text');
    expect(find('gammal')).toEqual(['a:draft']);
    index.put(key, null, 'ny text');
    expect(find('gammal')).toEqual([]);
    expect(find('ny')).toEqual(['a:draft']);
    expect(index.entries()).toHaveLength(1);
  });

  it('ranks the better match first', () => {
    index.put({ meetingId: A, source: 'draft' }, null, 'budget och mycket annat om lokaler och personal');
    index.put({ meetingId: B, source: 'draft' }, null, 'budget budget budgeten');
    expect(find('budget')).toEqual(['b:draft', 'a:draft']);
  });

  it('takes any typed text as words, never as query syntax', () => {
    index.put({ meetingId: A, source: 'draft' }, null, 'near or and not');
    expect(find('NEAR(or and) NOT "x" *')).toEqual([]);
    expect(find('near OR')).toEqual(['a:draft']);
  });
});
