import { isMeetingId, type MeetingId, minutesToMarkdown, NewMeeting } from '@minutes/shared';
import { Router } from 'express';
import type { MinutesExtraction } from '../minutes/MinutesExtraction.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import { HttpError } from './HttpError.js';

export function meetingsRouter(meetings: MeetingStore, extraction: MinutesExtraction): Router {
  const router = Router();

  async function minutesOf(id: string) {
    const minutes = isMeetingId(id) ? await extraction.get(id as MeetingId) : undefined;
    if (!minutes) throw new HttpError('not_found', `no meeting with id ${JSON.stringify(id)}`);
    return minutes;
  }

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

  router.get('/:id/minutes', async (request, response) => {
    response.json({ minutes: await minutesOf(request.params.id) });
  });

  router.get('/:id/minutes.md', async (request, response) => {
    const markdown = minutesToMarkdown(await minutesOf(request.params.id));
    response.type('text/markdown; charset=utf-8').send(markdown);
  });

  router.get('/:id', async (request, response) => {
    const { id } = request.params;
    const meeting = isMeetingId(id) ? await meetings.get(id) : undefined;
    if (!meeting) throw new HttpError('not_found', `no meeting with id ${JSON.stringify(id)}`);
    response.json(meeting);
  });

  return router;
}
