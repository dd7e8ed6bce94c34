import type { MeetingId, Minutes } from '@minutes/shared';

/** The lists of the minutes, each stored on its own. */
export const MINUTES_PARTS = ['attendees', 'agenda', 'decisions', 'actions'] as const;
export type MinutesPart = (typeof MINUTES_PARTS)[number];

export interface SaveMinutesOptions {
  /**
   * Lists that equal what was last saved for the meeting, which the store may leave as stored:
   * someone typing into one decision of a long agenda changes only the decisions.
   */
  unchanged?: ReadonlySet<MinutesPart>;
}

/** The extracted minutes of each meeting, as the server last read them from its document. */
export interface MinutesStore {
  save(meetingId: MeetingId, minutes: Minutes, options?: SaveMinutesOptions): Promise<void>;
  get(meetingId: MeetingId): Promise<Minutes | undefined>;
}
