import { randomBytes } from 'node:crypto';
import type { Meeting, MeetingId, NewMeeting } from '@minutes/shared';

/** 128 random bits: meeting ids are unguessable. */
export function newMeetingId(): MeetingId {
  return randomBytes(16).toString('base64url') as MeetingId;
}

/** A new meeting record for the input: a fresh id, created now. */
export function newMeeting(input: NewMeeting): Meeting {
  return {
    id: newMeetingId(),
    title: input.title,
    date: input.date,
    createdAt: new Date().toISOString(),
    seriesId: input.seriesId ?? null,
  };
}
