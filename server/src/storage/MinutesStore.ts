import type { MeetingId, Minutes } from '@minutes/shared';

/** The extracted minutes of each meeting, as the server last read them from its document. */
export interface MinutesStore {
  save(meetingId: MeetingId, minutes: Minutes): Promise<void>;
  get(meetingId: MeetingId): Promise<Minutes | undefined>;
}
