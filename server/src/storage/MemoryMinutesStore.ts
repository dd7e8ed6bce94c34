import type { MeetingId, Minutes } from '@minutes/shared';
import type { MinutesStore } from './MinutesStore.js';

export class MemoryMinutesStore implements MinutesStore {
  private readonly minutes = new Map<MeetingId, string>();

  async save(meetingId: MeetingId, minutes: Minutes): Promise<void> {
    this.minutes.set(meetingId, JSON.stringify(minutes));
  }

  async get(meetingId: MeetingId): Promise<Minutes | undefined> {
    const stored = this.minutes.get(meetingId);
    return stored === undefined ? undefined : (JSON.parse(stored) as Minutes);
  }
}
