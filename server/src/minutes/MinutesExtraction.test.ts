import {
  DOCUMENT_FIELD,
  type Meeting,
  type MeetingId,
  type Minutes,
  minutesContent as m,
  minutesSchema,
} from '@minutes/shared';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Logger } from '../Logger.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import type { MinutesStore, SaveMinutesOptions } from '../storage/MinutesStore.js';
import { newMeetingId } from '../storage/newMeetingId.js';
import { MinutesExtraction } from './MinutesExtraction.js';

const DEBOUNCE_MS = 1000;
const MAX_WAIT_MS = 5000;

/** An extraction whose every run is recorded (with the time it ran, from the fake clock). */
function recordingExtraction() {
  const runs: Array<{ meetingId: MeetingId; at: number; idle: boolean }> = [];
  const saves: Array<{ minutes: Minutes; unchanged: string[] | undefined }> = [];
  const meetings = {
    async get(id: MeetingId) {
      return { id, title: 'Styrelsemöte', date: '2026-11-23' } as Meeting;
    },
  } as MeetingStore;
  const minutes = {
    async save(_id: MeetingId, saved: Minutes, options?: SaveMinutesOptions) {
      saves.push({ minutes: saved, unchanged: options?.unchanged && [...options.unchanged].sort() });
    },
  } as MinutesStore;
  const extraction = new MinutesExtraction({
    meetings,
    minutes,
    documents: {} as DocumentStore,
    log: { error: vi.fn() } as unknown as Logger,
    debounceMs: DEBOUNCE_MS,
    maxWaitMs: MAX_WAIT_MS,
  });
  const started = Date.now();
  extraction.onExtracted((meetingId, _document, { idle }) => {
    runs.push({ meetingId, at: Date.now() - started, idle });
  });
  return { extraction, runs, saves };
}

describe('MinutesExtraction timing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('extracts a quiet moment after the last change, and at the latest after the longest wait', async () => {
    const { extraction, runs } = recordingExtraction();
    const id = newMeetingId();
    const doc = new Y.Doc();
    // A change every 400 ms for 7 s: never quiet for a second.
    for (let t = 0; t <= 7000; t += 400) {
      extraction.changed(id, doc);
      await vi.advanceTimersByTimeAsync(400);
    }
    // The first run came once the oldest change had waited the longest wait.
    expect(runs.map((run) => run.at)).toEqual([MAX_WAIT_MS]);
    // The last change was at 6800; the next run one quiet second later.
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs.map((run) => run.at)).toEqual([MAX_WAIT_MS, 6800 + DEBOUNCE_MS]);
    expect(runs.every((run) => !run.idle)).toBe(true);
    // No change, no run.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toHaveLength(2);
  });

  it('keeps one timer per document however fast people type', async () => {
    const { extraction, runs } = recordingExtraction();
    const id = newMeetingId();
    const doc = new Y.Doc();
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    extraction.changed(id, doc);
    for (let i = 0; i < 50; i++) {
      await vi.advanceTimersByTimeAsync(10);
      extraction.changed(id, doc);
    }
    // One timer for 51 changes; it waits on once more when it finds the document busy.
    expect(setTimer).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500 + DEBOUNCE_MS);
    expect(setTimer).toHaveBeenCalledTimes(2);
    setTimer.mockRestore();
    expect(runs.map((run) => run.at)).toEqual([500 + DEBOUNCE_MS]);
  });

  it('extracts at once when the document goes idle, and not again for the changes before', async () => {
    const { extraction, runs } = recordingExtraction();
    const id = newMeetingId();
    const other = newMeetingId();
    const doc = new Y.Doc();
    extraction.changed(id, doc);
    extraction.changed(other, new Y.Doc());
    await vi.advanceTimersByTimeAsync(300);
    await extraction.idle(id, doc);
    expect(runs).toEqual([{ meetingId: id, at: 300, idle: true }]);
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    // Only the other meeting's pending changes were still to extract.
    expect(runs.map((run) => run.meetingId)).toEqual([id, other]);
  });
});

describe('MinutesExtraction storing', () => {
  it('stores all of the minutes first, then only the lists that changed, and nothing when none did', async () => {
    const { extraction, saves } = recordingExtraction();
    const id = newMeetingId();
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
    prosemirrorJSONToYXmlFragment(
      minutesSchema(),
      m.doc(
        m.meetingHeader({ title: 'Styrgrupp' }),
        m.attendeeList(m.attendee('Lina Ek')),
        m.agendaItem('Budget', [m.decision('Budgeten fastställs.'), m.actionItem('Skicka budgeten')]),
      ),
      fragment,
    );
    const item = fragment.get(2) as Y.XmlElement;
    const decisionText = (item.get(1) as Y.XmlElement).get(0) as Y.XmlText;

    await extraction.idle(id, doc);
    expect(saves).toHaveLength(1);
    expect(saves[0]?.unchanged).toBeUndefined();

    decisionText.insert(decisionText.length, ' Enhälligt.');
    await extraction.idle(id, doc);
    expect(saves).toHaveLength(2);
    expect(saves[1]?.unchanged).toEqual(['actions', 'agenda', 'attendees']);
    expect(saves[1]?.minutes.decisions[0]?.text).toBe('Budgeten fastställs. Enhälligt.');

    await extraction.idle(id, doc);
    expect(saves).toHaveLength(2);

    // The item's title is part of the agenda and of every decision and task in it.
    const title = (item.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    title.insert(title.length, ' 2027');
    await extraction.idle(id, doc);
    expect(saves[2]?.unchanged).toEqual(['attendees']);
  });
});
