import { isMeetingId, NewMeeting } from '@minutes/shared';
import { Router } from 'express';
import type { MeetingStore } from '../storage/MeetingStore.js';
import { HttpError } from './HttpError.js';

export function meetingsRouter(meetings: MeetingStore): Router {
  const router = Router();

  router.get('/', async (_request, response) => {
    response.json({ meetings: await meetings.list() });
  });

  router.post('/', async (request, response) => {
    const parsed = NewMeeting.safeParse(request.body);
    if (!parsed.success) {
      throw new HttpError('bad_request', parsed.error.issues.map((issue) => issue.message).join('; '));
    }
    response.status(201).json(await meetings.create(parsed.data));
  });

  router.get('/:id', async (request, response) => {
    const { id } = request.params;
    const meeting = isMeetingId(id) ? await meetings.get(id) : undefined;
    if (!meeting) throw new HttpError('not_found', `no meeting with id ${JSON.stringify(id)}`);
    response.json(meeting);
  });

  return router;
}
