import { randomBytes } from 'node:crypto';
import type { MeetingId } from '@minutes/shared';

/** 128 random bits: meeting ids are unguessable. */
export function newMeetingId(): MeetingId {
  return randomBytes(16).toString('base64url') as MeetingId;
}
