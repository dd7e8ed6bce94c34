import { z } from 'zod';

export type MeetingId = string & { readonly __brand: 'MeetingId' };

export interface Meeting {
  id: MeetingId;
  title: string;
  /** ISO calendar date, YYYY-MM-DD. */
  date: string;
  /** ISO timestamp. */
  createdAt: string;
  /** The series (group) the meeting belongs to, if any. */
  seriesId: string | null;
}

const isoDate = z.iso.date({ error: 'date must be a calendar date as YYYY-MM-DD' });

export const NewMeeting = z.strictObject({
  title: z
    .string({ error: 'title must be a string' })
    .trim()
    .min(1, { error: 'title must not be empty' })
    .max(200, { error: 'title must be at most 200 characters' }),
  date: isoDate,
  seriesId: z.string({ error: 'seriesId must be a string' }).max(64).optional(),
});

export type NewMeeting = z.infer<typeof NewMeeting>;

/** Meeting ids are 22 characters (16 random bytes, base64url) of the URL-safe alphabet; anything else is rejected before any lookup. */
const MEETING_ID = /^[A-Za-z0-9_-]{22}$/;

export function isMeetingId(value: string): value is MeetingId {
  return MEETING_ID.test(value);
}
