import { EXPORT_FORMATS, type ExportFormat, type Meeting, may } from '@minutes/shared';
import { type Response, Router } from 'express';
import type { AccessControl } from '../access/AccessControl.js';
import { hashSecret, looksLikeSecret } from '../access/secrets.js';
import { renderVersionHtml } from '../render/renderVersionHtml.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import { exportVersion } from '../versions/exportVersion.js';
import type { MeetingLifecycle } from '../versions/MeetingLifecycle.js';
import type { StoredVersion, VersionStore } from '../versions/VersionStore.js';
import { versionContent } from '../versions/versionContent.js';
import { principalOf } from './authenticate.js';
import { HttpError } from './HttpError.js';

export interface PagesRouterDependencies {
  meetings: MeetingStore;
  versions: VersionStore;
  lifecycle: MeetingLifecycle;
  access: AccessControl;
}

/**
 * Read-only pages of finalised versions, rendered on the server with no script at all:
 * `/versions/:meetingId/:n` for signed-in members (readers get the published copy, masked) and
 * `/s/:token` for share links, which show the latest published version and never the draft.
 */
export function pagesRouter({ meetings, versions, lifecycle, access }: PagesRouterDependencies): Router {
  const router = Router();

  async function sendPage(
    response: Response,
    meeting: Meeting,
    version: StoredVersion,
    masked: boolean,
    exportBase: string,
  ) {
    const summary = (await lifecycle.summaries(meeting)).find((s) => s.number === version.number);
    const html = renderVersionHtml(versionContent(meeting, version, summary, { masked }), {
      maskedNote: masked && version.masks.length > 0,
      exportLinks: EXPORT_FORMATS.filter((format) => format !== 'html').map((format) => ({
        format,
        href: `${exportBase}.${format}`,
      })),
    });
    response.setHeader('Cache-Control', 'no-store');
    response.type('html').send(html);
  }

  async function shared(token: string) {
    const link = looksLikeSecret(token) ? await versions.shareLinkByToken(hashSecret(token)) : undefined;
    const now = new Date().toISOString();
    if (!link || link.revokedAt !== null || (link.expiresAt !== null && link.expiresAt <= now)) {
      throw new HttpError('not_found', 'this link is unknown, expired or revoked');
    }
    const meeting = await meetings.get(link.meetingId);
    const latest =
      meeting && (await versions.versions(meeting.id)).filter((v) => v.publishedAt !== null).at(-1);
    const published = meeting && latest && (await versions.version(meeting.id, latest.number));
    if (!meeting || !published)
      throw new HttpError('not_found', 'nothing has been published through this link yet');
    return { meeting, version: published };
  }

  router.get('/versions/:id/:n', async (request, response) => {
    const principal = principalOf(response);
    if (!principal) {
      response.redirect(303, `/signin?next=${encodeURIComponent(request.originalUrl)}`);
      return;
    }
    const meeting = await meetings.get(request.params.id as Meeting['id']);
    const meetingAccess = meeting ? await access.accessTo(principal, meeting) : undefined;
    if (!meeting || !meetingAccess || !may(meetingAccess, 'published')) {
      throw new HttpError('not_found', 'no such version');
    }
    const version = await lifecycle.versionOf(meeting, Number(request.params.n));
    const masked = !may(meetingAccess, 'versions');
    if (masked && version.publishedAt === null) throw new HttpError('not_found', 'no such version');
    await sendPage(
      response,
      meeting,
      version,
      masked,
      `/api/meetings/${meeting.id}/versions/${version.number}/export`,
    );
  });

  router.get('/s/:token', async (request, response) => {
    const { meeting, version } = await shared(request.params.token);
    await sendPage(response, meeting, version, true, `/s/${request.params.token}/export`);
  });

  router.get('/s/:token/export.:format', async (request, response) => {
    const format = request.params.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new HttpError('not_found', 'no such export format');
    const { meeting, version } = await shared(request.params.token);
    const summary = (await lifecycle.summaries(meeting)).find((s) => s.number === version.number);
    const file = await exportVersion(versionContent(meeting, version, summary, { masked: true }), format);
    response.type(file.contentType);
    response.attachment(file.fileName);
    response.send(file.body);
  });

  return router;
}
