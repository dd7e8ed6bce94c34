import type { MeetingId } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../Logger.js';
import type { MeetingViews } from './MeetingViews.js';
import { DRAFT_INDEX_INTERVAL_MS, MinutesSearch } from './MinutesSearch.js';
import type { SearchEntryKey, SearchIndex } from './SearchIndex.js';

const A = 'meeting-a' as MeetingId;
const B = 'meeting-b' as MeetingId;

function paragraph(text: string): JSONContent {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** An index that records what was written to it, and can be made to fail. */
function recordingIndex() {
  const puts: Array<{ meetingId: string; text: string }> = [];
  const index: SearchIndex & { failing: boolean } = {
    failing: false,
    async put(key: SearchEntryKey, _version: number | null, text: string) {
      if (index.failing) throw new Error('the database is away');
      puts.push({ meetingId: key.meetingId, text });
    },
    async putIfAbsent() {},
    async entries() {
      return [];
    },
    async search() {
      return [];
    },
  };
  return { index, puts };
}

const log: Logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() } as unknown as Logger;

describe('MinutesSearch indexing live drafts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('indexes a draft at once, then at most once per interval, with its latest text', async () => {
    const { index, puts } = recordingIndex();
    const search = new MinutesSearch({} as MeetingViews, index, log);
    await search.indexDraft(A, paragraph('Första'));
    expect(puts).toEqual([{ meetingId: A, text: 'Första' }]);

    await search.indexDraft(A, paragraph('Andra'));
    await search.indexDraft(A, paragraph('Tredje'));
    await search.indexDraft(B, paragraph('Annat möte'));
    // Another meeting has its own interval.
    expect(puts.map((put) => put.text)).toEqual(['Första', 'Annat möte']);

    await vi.advanceTimersByTimeAsync(DRAFT_INDEX_INTERVAL_MS - 100);
    expect(puts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(puts.at(-1)).toEqual({ meetingId: A, text: 'Tredje' });
    expect(puts).toHaveLength(3);
    // Nothing was waiting any more.
    await vi.advanceTimersByTimeAsync(DRAFT_INDEX_INTERVAL_MS * 2);
    expect(puts).toHaveLength(3);
  });

  it('indexes at once when the draft goes idle, and what waits when the server stops', async () => {
    const { index, puts } = recordingIndex();
    const search = new MinutesSearch({} as MeetingViews, index, log);
    await search.indexDraft(A, paragraph('Ett'));
    await search.indexDraft(A, paragraph('Två'), { idle: true });
    expect(puts.map((put) => put.text)).toEqual(['Ett', 'Två']);

    await search.indexDraft(B, paragraph('B ett'));
    await search.indexDraft(B, paragraph('B två'));
    expect(puts).toHaveLength(3);
    await search.close();
    expect(puts.at(-1)).toEqual({ meetingId: B, text: 'B två' });
    // The timer went with it.
    await vi.advanceTimersByTimeAsync(DRAFT_INDEX_INTERVAL_MS * 2);
    expect(puts).toHaveLength(4);
  });

  it('logs a write that fails and tries again with the next extraction', async () => {
    const { index, puts } = recordingIndex();
    const error = vi.fn();
    const search = new MinutesSearch({} as MeetingViews, index, { ...log, error } as Logger);
    index.failing = true;
    await search.indexDraft(A, paragraph('Förlorad'));
    expect(error).toHaveBeenCalledWith(
      'indexing minutes for search failed',
      expect.objectContaining({ document: A }),
    );
    index.failing = false;
    await search.indexDraft(A, paragraph('Igen'));
    expect(puts).toEqual([{ meetingId: A, text: 'Igen' }]);
  });
});
