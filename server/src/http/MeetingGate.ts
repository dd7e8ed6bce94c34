import { isMeetingId, type Meeting, type MeetingAccess, type Permission } from '@minutes/shared';
import type { Response } from 'express';
import type { AccessControl } from '../access/AccessControl.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import { principalOf, requirePermission } from './authenticate.js';
import { HttpError } from './HttpError.js';

/** Loads a meeting for a request and refuses the request unless the caller has the permission. */
export class MeetingGate {
  constructor(
    private readonly meetings: MeetingStore,
    private readonly access: AccessControl,
  ) {}

  async meetingTitle(id: string): Promise<string | undefined> {
    return (await this.meeting(id))?.title;
  }

  /** The meeting, without any check: for callers that have checked already. */
  async meeting(id: string): Promise<Meeting | undefined> {
    return isMeetingId(id) ? this.meetings.get(id) : undefined;
  }

  async open(
    response: Response,
    id: string,
    permission: Permission,
  ): Promise<{ meeting: Meeting; access: MeetingAccess }> {
    if (principalOf(response) === null) throw new HttpError('unauthorized', 'sign in first');
    const meeting = isMeetingId(id) ? await this.meetings.get(id) : undefined;
    if (!meeting) throw new HttpError('not_found', `no meeting with id ${JSON.stringify(id)}`);
    const access = await this.access.accessTo(principalOf(response), meeting);
    requirePermission(response, meeting, access, permission);
    return { meeting, access };
  }
}
