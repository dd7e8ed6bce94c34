import type { Meeting, MeetingId, NewMeeting } from '@minutes/shared';
import { byDateDescending } from './byDateDescending.js';
import type { MeetingStore } from './MeetingStore.js';
import { newMeeting } from './newMeetingId.js';

export class MemoryMeetingStore implements MeetingStore {
  private readonly meetings = new Map<MeetingId, Meeting>();

  async create(input: NewMeeting): Promise<Meeting> {
    const meeting = newMeeting(input);
    this.meetings.set(meeting.id, meeting);
    return { ...meeting };
  }

  async get(id: MeetingId): Promise<Meeting | undefined> {
    const meeting = this.meetings.get(id);
    return meeting && { ...meeting };
  }

  async list(): Promise<Meeting[]> {
    return [...this.meetings.values()].map((m) => ({ ...m })).sort(byDateDescending);
  }
}
