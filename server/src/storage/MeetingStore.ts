import type { Meeting, MeetingId, NewMeeting } from '@minutes/shared';

export interface MeetingStore {
  create(meeting: NewMeeting): Promise<Meeting>;
  get(id: MeetingId): Promise<Meeting | undefined>;
  /** All meetings, newest date first. */
  list(): Promise<Meeting[]>;
}
