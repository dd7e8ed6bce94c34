import express, { type Request, Router } from 'express';
import { z } from 'zod';
import { ExtractError } from '../import/ExtractError.js';
import { MAX_FILE_BYTES } from '../import/fileLimits.js';
import type { MinutesImport, MinutesSource } from '../import/MinutesImport.js';
import { previewOf } from '../import/previewOf.js';
import type { SeriesMeetings } from '../series/SeriesMeetings.js';
import { requireAccount } from './authenticate.js';
import { HttpError } from './HttpError.js';

const MAX_PASTED_CHARACTERS = 2_000_000;

const PastedMinutes = z.strictObject({
  text: z
    .string({ error: 'text must be a string' })
    .min(1, { error: 'the text is empty' })
    .max(MAX_PASTED_CHARACTERS, { error: `the text may be at most ${MAX_PASTED_CHARACTERS} characters` }),
  format: z.enum(['text', 'markdown'], { error: 'format must be "text" or "markdown"' }).default('text'),
});

const FILE_NAME = /^[^/\\\0]{1,200}$/u;

/** Pasted text as JSON, or a file's bytes with its name in `X-File-Name`. */
async function sourceOf(request: Request): Promise<MinutesSource> {
  try {
    if (request.is('application/octet-stream')) {
      const header = request.get('x-file-name') ?? '';
      let fileName: string;
      try {
        fileName = decodeURIComponent(header);
      } catch {
        throw new HttpError('bad_request', 'X-File-Name must be a URI-encoded file name');
      }
      if (!FILE_NAME.test(fileName))
        throw new HttpError('bad_request', 'X-File-Name must name the file, e.g. minutes.docx');
      if (!Buffer.isBuffer(request.body)) throw new HttpError('bad_request', `${fileName} is empty`);
      // Loaded on first use: reading .docx brings in mammoth, which the sync server does not need.
      const { readMinutesBytes } = await import('../import/readMinutesFile.js');
      return { ...(await readMinutesBytes(fileName, request.body)), fileName };
    }
    if (request.is('application/json')) {
      const parsed = PastedMinutes.safeParse(request.body);
      if (!parsed.success)
        throw new HttpError('bad_request', parsed.error.issues.map((i) => i.message).join('; '));
      return parsed.data;
    }
  } catch (error) {
    if (error instanceof ExtractError) throw new HttpError('bad_request', error.message, error.reason);
    throw error;
  }
  throw new HttpError(
    'bad_request',
    'send pasted text as JSON { text, format } or a file as application/octet-stream',
  );
}

function prepareOrRefuse<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ExtractError) throw new HttpError('bad_request', error.message, error.reason);
    throw error;
  }
}

/**
 * Import of existing minutes: a preview of what was recognised, then the meeting, whose secretary
 * the importer becomes. `loadImports` gives the importer, loading the recogniser on the first
 * import rather than at start.
 */
export function importsRouter(loadImports: () => Promise<MinutesImport>, series: SeriesMeetings): Router {
  const router = Router();
  router.use((_request, response, next) => {
    requireAccount(response);
    next();
  });
  router.use(express.raw({ type: 'application/octet-stream', limit: MAX_FILE_BYTES }));
  router.use(express.json({ limit: '5mb' }));

  router.post('/preview', async (request, response) => {
    const source = await sourceOf(request);
    const imports = await loadImports();
    const { minutes } = prepareOrRefuse(() => imports.prepare(source));
    response.json({ preview: previewOf(minutes) });
  });

  router.post('/', async (request, response) => {
    const source = await sourceOf(request);
    const imports = await loadImports();
    const prepared = prepareOrRefuse(() => imports.prepare(source));
    const account = requireAccount(response);
    const seriesId = await series.seriesFor({ title: prepared.meeting.title }, account);
    const meeting = await imports.create(prepared, seriesId);
    await series.adopt(meeting, account);
    response.status(201).json({ meeting });
  });

  return router;
}
