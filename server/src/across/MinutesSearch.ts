import { createHash } from 'node:crypto';
import type { MeetingId, SearchHit } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import { HttpError } from '../http/HttpError.js';
import type { Logger } from '../Logger.js';
import { documentText } from './documentText.js';
import type { MeetingView, MeetingViews } from './MeetingViews.js';
import type { SearchIndex } from './SearchIndex.js';
import { searchMatch } from './searchMatch.js';
import { snippetsOf } from './snippetsOf.js';

const MAX_HITS = 50;
/** Unchanged draft text is indexed again after this long (see `indexedDrafts`). */
const REINDEX_UNCHANGED_MS = 30_000;
/**
 * While people type, a live draft is indexed at most this often: the whole meeting's text is
 * written each time, and a search on this process indexes what is waiting first in any case.
 */
export const DRAFT_INDEX_INTERVAL_MS = 10_000;

/**
 * Full-text search over the minutes each caller may read: members search the draft, readers the
 * latest published version with its masked passages gone. A draft's entry is written when its
 * minutes are extracted, at most every `DRAFT_INDEX_INTERVAL_MS` while people type, at once when
 * the last of them leaves, and before any search on this process that covers it. An entry that
 * is missing (a meeting not edited since the server started indexing, an import) or stale (a newer
 * version was published) is written when a search first needs it.
 */
export class MinutesSearch {
  /**
   * The text this process last indexed for each live draft, and when. Another process sharing
   * the meeting may index in between, so unchanged text is still indexed again after a while.
   */
  private readonly indexedDrafts = new Map<MeetingId, { digest: string; at: number }>();
  /** Each live draft's latest document not indexed yet, with the timer that will index it. */
  private readonly waiting = new Map<MeetingId, { document: JSONContent; timer?: NodeJS.Timeout }>();
  /** Drafts are written one at a time, so an older document never overwrites a newer one. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly views: MeetingViews,
    private readonly index: SearchIndex,
    private readonly log: Logger,
  ) {}

  /**
   * Indexes the live draft, called after its minutes were extracted: now if the draft went idle or
   * was not indexed within the interval, else once the interval is over.
   */
  async indexDraft(meetingId: MeetingId, document: JSONContent, { idle = false } = {}): Promise<void> {
    const entry = this.waiting.get(meetingId);
    if (entry) entry.document = document;
    else this.waiting.set(meetingId, { document });
    const last = this.indexedDrafts.get(meetingId);
    const wait = idle || !last ? 0 : last.at + DRAFT_INDEX_INTERVAL_MS - Date.now();
    if (wait <= 0) return this.writeWaiting([meetingId]);
    const waiting = this.waiting.get(meetingId);
    if (waiting && !waiting.timer) {
      waiting.timer = setTimeout(() => void this.writeWaiting([meetingId]), wait);
      waiting.timer.unref();
    }
  }

  /** Writes every draft still waiting, and stops the timers; for a server that stops. */
  async close(): Promise<void> {
    await this.writeWaiting([...this.waiting.keys()]);
  }

  async search(views: readonly MeetingView[], query: string): Promise<SearchHit[]> {
    const match = searchMatch(query);
    if (!match) throw new HttpError('bad_request', 'search for at least one word (letters or digits)');
    await this.writeWaiting(views.filter((view) => view.source === 'draft').map((view) => view.meeting.id));
    const searchable = await this.entriesFor(views);
    const results = await this.index.search(match.words, [...searchable.keys()], MAX_HITS);
    return results.flatMap((result) => {
      const view = searchable.get(result.id);
      if (!view) return [];
      return [
        {
          meetingId: view.meeting.id,
          meetingTitle: this.views.title(view),
          meetingDate: view.meeting.date,
          seriesId: view.meeting.seriesId,
          source: result.source,
          path: this.views.path(view, null),
          snippets: snippetsOf(result.text, match.stems),
        },
      ];
    });
  }

  /**
   * Indexes the waiting documents of these drafts, if any. A draft that fails is logged and left
   * as it was indexed before; its next extraction tries again.
   */
  private writeWaiting(meetingIds: readonly MeetingId[]): Promise<void> {
    this.writing = this.writing.then(async () => {
      for (const meetingId of meetingIds) {
        const entry = this.waiting.get(meetingId);
        if (!entry) continue;
        clearTimeout(entry.timer);
        this.waiting.delete(meetingId);
        try {
          await this.writeDraft(meetingId, entry.document);
        } catch (error) {
          this.log.error('indexing minutes for search failed', { document: meetingId, error });
        }
      }
    });
    return this.writing;
  }

  private async writeDraft(meetingId: MeetingId, document: JSONContent): Promise<void> {
    const text = documentText(document);
    // A change of an attribute or of formatting leaves the text as it was: nothing to index.
    const digest = createHash('sha256').update(text).digest('base64');
    const last = this.indexedDrafts.get(meetingId);
    if (last?.digest === digest && Date.now() - last.at < REINDEX_UNCHANGED_MS) return;
    await this.index.put({ meetingId, source: 'draft' }, null, text);
    this.indexedDrafts.set(meetingId, { digest, at: Date.now() });
  }

  /** The index entries the caller may search, by id, written first where missing or stale. */
  private async entriesFor(views: readonly MeetingView[]): Promise<Map<number, MeetingView>> {
    const keyOf = (meetingId: string, source: string) => `${meetingId} ${source}`;
    const current = async () =>
      new Map((await this.index.entries()).map((entry) => [keyOf(entry.meetingId, entry.source), entry]));
    let entries = await current();
    let wrote = false;
    for (const view of views) {
      if (view.source === null) continue;
      const entry = entries.get(keyOf(view.meeting.id, view.source));
      const fresh = entry && (view.source === 'draft' || entry.version === view.version);
      if (fresh) continue;
      const document = await this.views.document(view);
      if (!document) continue;
      const key = { meetingId: view.meeting.id, source: view.source };
      if (view.source === 'draft') await this.index.putIfAbsent(key, null, documentText(document));
      else await this.index.put(key, view.version, documentText(document));
      wrote = true;
    }
    if (wrote) entries = await current();
    const searchable = new Map<number, MeetingView>();
    for (const view of views) {
      const entry = view.source && entries.get(keyOf(view.meeting.id, view.source));
      if (entry && (view.source === 'draft' || entry.version === view.version))
        searchable.set(entry.id, view);
    }
    return searchable;
  }
}
