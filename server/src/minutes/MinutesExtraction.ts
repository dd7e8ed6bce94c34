import { createHash } from 'node:crypto';
import { documentSchema, isMeetingId, type MeetingId, type Minutes } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import * as Y from 'yjs';
import type { Logger } from '../Logger.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import { MINUTES_PARTS, type MinutesPart, type MinutesStore } from '../storage/MinutesStore.js';
import type { RoomObserver } from '../sync/Room.js';
import { minutesOfDocument } from './minutesOfDocument.js';

/**
 * Told of each extraction of a live document. `idle`: the document was extracted because its
 * last editor left or the server is stopping, so no further edit is on its way.
 */
export type ExtractedListener = (
  meetingId: MeetingId,
  document: JSONContent,
  when: { idle: boolean },
) => void | Promise<void>;

/** An unchanged extraction is written again after this long (see `lastSaved`). */
const RESAVE_UNCHANGED_MS = 30_000;

export interface MinutesExtractionOptions {
  meetings: MeetingStore;
  documents: DocumentStore;
  minutes: MinutesStore;
  log: Logger;
  /** Quiet time after the last edit before the minutes are read again. */
  debounceMs: number;
  /** While edits keep coming, the minutes are still read at least this often. */
  maxWaitMs?: number;
}

/**
 * Keeps the stored minutes of every meeting in step with its document: read again a moment
 * after edits stop, and at once when the last person leaves.
 */
export class MinutesExtraction implements RoomObserver {
  private readonly schema: Schema = documentSchema();
  /**
   * Per document with changes not extracted yet: when the oldest and the newest of them came,
   * and the timer that extracts them. Typing moves only `last`; the timer, when it fires, waits
   * on if the document has not been quiet long enough, so a keystroke costs no timer of its own.
   */
  private readonly pending = new Map<string, { first: number; last: number; timer: NodeJS.Timeout }>();
  private readonly running = new Map<string, Promise<void>>();
  /**
   * What this process last stored per live document, and when it last stored all of it, so that
   * an unchanged extraction writes nothing and a changed one only the lists that changed. Another
   * process sharing the meeting may store in between, so all of it is still written after a while.
   */
  private readonly lastSaved = new Map<string, { digests: Digests; at: number }>();
  private readonly listeners: ExtractedListener[] = [];

  constructor(private readonly options: MinutesExtractionOptions) {}

  changed(name: string, doc: Y.Doc): void {
    if (!isMeetingId(name)) return;
    const now = Date.now();
    const waiting = this.pending.get(name);
    if (waiting) {
      waiting.last = now;
      return;
    }
    const meetingId = name;
    const { debounceMs, maxWaitMs = debounceMs * 5 } = this.options;
    const fire = (): void => {
      const due = Math.min(entry.last + debounceMs, entry.first + maxWaitMs);
      const wait = due - Date.now();
      if (wait > 0) {
        entry.timer = setTimeout(fire, wait).unref();
        return;
      }
      this.pending.delete(meetingId);
      void this.refresh(meetingId, doc, false);
    };
    const entry = { first: now, last: now, timer: setTimeout(fire, debounceMs).unref() };
    this.pending.set(meetingId, entry);
  }

  idle(name: string, doc: Y.Doc): Promise<void> {
    if (!isMeetingId(name)) return Promise.resolve();
    clearTimeout(this.pending.get(name)?.timer);
    this.pending.delete(name);
    return this.refresh(name, doc, true);
  }

  /** The stored minutes, or, for a meeting never read yet, its minutes read from storage now. */
  async get(meetingId: MeetingId): Promise<Minutes | undefined> {
    await this.running.get(meetingId);
    const stored = await this.options.minutes.get(meetingId);
    if (stored) return stored;
    const meeting = await this.options.meetings.get(meetingId);
    if (!meeting) return undefined;
    const doc = new Y.Doc();
    try {
      const { updates } = await this.options.documents.load(meetingId);
      if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
      const { minutes } = minutesOfDocument(doc, this.schema, meeting.date);
      await this.options.minutes.save(meetingId, minutes);
      return minutes;
    } finally {
      doc.destroy();
    }
  }

  /**
   * Calls `listener` with the document (as ProseMirror JSON) each time the minutes of a live
   * document were extracted and stored; the extraction is done (`idle`) once the listener's
   * promise settles.
   */
  onExtracted(listener: ExtractedListener): void {
    this.listeners.push(listener);
  }

  close(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.lastSaved.clear();
  }

  private async refresh(meetingId: MeetingId, doc: Y.Doc, idle: boolean): Promise<void> {
    const previous = this.running.get(meetingId) ?? Promise.resolve();
    const run = previous.then(async () => {
      try {
        const meeting = await this.options.meetings.get(meetingId);
        if (!meeting || doc.isDestroyed) return;
        const { minutes, document } = minutesOfDocument(doc, this.schema, meeting.date);
        // Typing inside a paragraph changes no decision, task or attendee: nothing to write.
        // Typing inside a decision changes the decisions only: the other lists stay as stored.
        const digests = digestsOf(minutes);
        const last = this.lastSaved.get(meetingId);
        const due = !last || Date.now() - last.at > RESAVE_UNCHANGED_MS;
        if (due) {
          await this.options.minutes.save(meetingId, minutes);
          this.lastSaved.set(meetingId, { digests, at: Date.now() });
        } else if (last.digests.whole !== digests.whole) {
          const unchanged = new Set(MINUTES_PARTS.filter((part) => last.digests[part] === digests[part]));
          await this.options.minutes.save(meetingId, minutes, { unchanged });
          last.digests = digests;
        }
        for (const listener of this.listeners) await listener(meetingId, document, { idle });
      } catch (error) {
        this.options.log.error('extracting minutes failed', { document: meetingId, error });
      }
    });
    this.running.set(meetingId, run);
    await run;
    if (this.running.get(meetingId) === run) this.running.delete(meetingId);
  }
}

type Digests = Record<MinutesPart | 'whole', string>;

/** A digest of each list of the minutes, and of all of them with the rest. */
function digestsOf(minutes: Minutes): Digests {
  const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64');
  const { attendees, absent, agenda, decisions, actions, ...rest } = minutes;
  const parts = {
    attendees: digest([attendees, absent]),
    agenda: digest(agenda),
    decisions: digest(decisions),
    actions: digest(actions),
  };
  return { ...parts, whole: digest([rest, parts]) };
}
