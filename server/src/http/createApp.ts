import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { AccessControl } from '../access/AccessControl.js';
import type { AccessStore } from '../access/AccessStore.js';
import type { Across } from '../across/Across.js';
import type { MinutesImport } from '../import/MinutesImport.js';
import type { Logger } from '../Logger.js';
import type { MinutesExtraction } from '../minutes/MinutesExtraction.js';
import type { SeriesMeetings } from '../series/SeriesMeetings.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import type { MeetingLifecycle } from '../versions/MeetingLifecycle.js';
import type { VersionStore } from '../versions/VersionStore.js';
import { acrossRouter } from './acrossRouter.js';
import { authenticate } from './authenticate.js';
import { errorHandler } from './errorHandler.js';
import { HttpError } from './HttpError.js';
import { importsRouter } from './importsRouter.js';
import { MeetingGate } from './MeetingGate.js';
import { meetingsRouter } from './meetingsRouter.js';
import { membersRouter } from './membersRouter.js';
import { pagesRouter } from './pagesRouter.js';
import { seriesRouter } from './seriesRouter.js';
import { sessionRouter } from './sessionRouter.js';
import { versionsRouter } from './versionsRouter.js';

export interface AppDependencies {
  meetings: MeetingStore;
  access: AccessControl;
  accessStore: AccessStore;
  versions: VersionStore;
  lifecycle: MeetingLifecycle;
  seriesMeetings: SeriesMeetings;
  extraction: MinutesExtraction;
  across: Across;
  loadImports: () => Promise<MinutesImport>;
  log: Logger;
  /** The built client; when missing, only the API is served. */
  clientDir?: string;
  /** Behind one reverse proxy (nginx): the client's address and protocol are its X-Forwarded-*. */
  trustProxy?: boolean;
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "connect-src 'self' ws: wss:",
  // Remote carets and node views set inline styles (colours).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function createApp(deps: AppDependencies): Express {
  const {
    meetings,
    access,
    accessStore,
    versions,
    lifecycle,
    seriesMeetings,
    extraction,
    across,
    loadImports,
    log,
    clientDir,
  } = deps;
  const gate = new MeetingGate(meetings, access);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (deps.trustProxy) app.set('trust proxy', 1);
  app.use((_request, response, next) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    next();
  });

  app.use(['/api', '/versions', '/s'], authenticate(access));
  app.use(pagesRouter({ meetings, versions, lifecycle, access }));
  // Imports carry whole files; every other route takes small JSON bodies.
  app.use('/api/imports', importsRouter(loadImports, seriesMeetings));
  app.use('/api', express.json({ limit: '64kb' }));
  app.use('/api', sessionRouter(access));
  app.use('/api', seriesRouter({ meetings, access, accessStore, versions }));
  app.use('/api', membersRouter({ access, accessStore, versions, lifecycle, gate }));
  app.use('/api/meetings', versionsRouter({ versions, lifecycle, gate }));
  app.use(
    '/api/meetings',
    meetingsRouter({ meetings, accessStore, versions, lifecycle, seriesMeetings, extraction, gate }),
  );
  app.use(acrossRouter({ across, accessStore, gate }));
  app.use('/api', (request) => {
    throw new HttpError('not_found', `no route ${request.method} ${request.baseUrl}${request.path}`);
  });

  if (clientDir && fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!api\/|collab\/|s\/|versions\/).*/, (_request, response) => {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(path.join(clientDir, 'index.html'));
    });
  }

  app.use(errorHandler(log));
  return app;
}
