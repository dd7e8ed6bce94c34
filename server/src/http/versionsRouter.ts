import {
  EXPORT_FORMATS,
  type ExportFormat,
  type Meeting,
  type MeetingAccess,
  may,
  NewApproval,
  NewShareLink,
  SetMasks,
  type ShareLink,
} from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import { Router } from 'express';
import { hashSecret, newPublicId, newSecret } from '../access/secrets.js';
import { diffDocuments } from '../render/diffDocuments.js';
import { exportVersion } from '../versions/exportVersion.js';
import type { MeetingLifecycle } from '../versions/MeetingLifecycle.js';
import type { VersionStore } from '../versions/VersionStore.js';
import { versionContent } from '../versions/versionContent.js';
import { actorOf, requirePermission } from './authenticate.js';
import { HttpError } from './HttpError.js';
import type { MeetingGate } from './MeetingGate.js';
import { parseBody } from './parseBody.js';

export interface VersionsRouterDependencies {
  versions: VersionStore;
  lifecycle: MeetingLifecycle;
  gate: MeetingGate;
}

const HOUR_MS = 3_600_000;

/** Finalise and reopen, versions and their exports, approvals, masks, share links, the audit log. */
export function versionsRouter({ versions, lifecycle, gate }: VersionsRouterDependencies): Router {
  const router = Router();

  /** Members read every version in full; readers only published ones, masked. */
  async function readable(meeting: Meeting, access: MeetingAccess, number: string) {
    const version = await lifecycle.versionOf(meeting, Number(number));
    if (may(access, 'versions')) return { version, masked: false };
    if (version.publishedAt !== null) return { version, masked: true };
    throw new HttpError('not_found', `no published version ${number} of this meeting`);
  }

  async function summaryOf(meeting: Meeting, number: number) {
    return (await lifecycle.summaries(meeting)).find((summary) => summary.number === number);
  }

  router.post('/:id/finalise', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'manage');
    const version = await lifecycle.finalise(meeting, actorOf(response));
    response.status(201).json(await summaryOf(meeting, version.number));
  });

  router.post('/:id/reopen', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'manage');
    await lifecycle.reopen(meeting, actorOf(response));
    response.json({ status: 'draft' });
  });

  router.get('/:id/versions/:n', async (request, response) => {
    const { meeting, access } = await gate.open(response, request.params.id, 'published');
    const { version, masked } = await readable(meeting, access, request.params.n);
    const content = versionContent(meeting, version, await summaryOf(meeting, version.number), { masked });
    const summary = await summaryOf(meeting, version.number);
    response.json({
      ...summary,
      ...(masked ? { masks: [], approvals: content.approvals } : {}),
      document: content.document,
      minutes: content.minutes,
    });
  });

  router.get('/:id/versions/:n/export.:format', async (request, response) => {
    const format = request.params.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) {
      throw new HttpError(
        'not_found',
        `no export format ${JSON.stringify(format)}; use ${EXPORT_FORMATS.join(', ')}`,
      );
    }
    const { meeting, access } = await gate.open(response, request.params.id, 'published');
    const { version, masked } = await readable(meeting, access, request.params.n);
    const file = await exportVersion(
      versionContent(meeting, version, await summaryOf(meeting, version.number), { masked }),
      format,
    );
    response.type(file.contentType);
    response.attachment(file.fileName);
    response.send(file.body);
  });

  router.get('/:id/diff', async (request, response) => {
    const { meeting, access } = await gate.open(response, request.params.id, 'versions');
    const documentOf = async (which: unknown): Promise<JSONContent> => {
      if (which === 'draft') {
        requirePermission(response, meeting, access, 'draft');
        return (await lifecycle.draftDocument(meeting.id)) as JSONContent;
      }
      return (await lifecycle.versionOf(meeting, Number(which))).document as JSONContent;
    };
    const [from, to] = [request.query.from, request.query.to];
    if (typeof from !== 'string' || typeof to !== 'string') {
      throw new HttpError('bad_request', 'give the versions to compare as ?from=N&to=M (to may be "draft")');
    }
    response.json({ parts: diffDocuments(await documentOf(from), await documentOf(to), 'sv') });
  });

  router.put('/:id/versions/:n/masks', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'manage');
    const { masks } = parseBody(SetMasks, request.body);
    await lifecycle.setMasks(meeting, Number(request.params.n), masks, actorOf(response));
    response.json(await summaryOf(meeting, Number(request.params.n)));
  });

  router.post('/:id/versions/:n/publish', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'manage');
    await lifecycle.publish(meeting, Number(request.params.n), actorOf(response));
    response.json(await summaryOf(meeting, Number(request.params.n)));
  });

  router.post('/:id/versions/:n/approvals', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'approve');
    const input = parseBody(NewApproval, request.body);
    await lifecycle.approve(meeting, Number(request.params.n), actorOf(response), {
      verdict: input.verdict,
      comment: input.verdict === 'changes_requested' ? input.comment : null,
      passage: input.verdict === 'changes_requested' ? (input.passage ?? null) : null,
    });
    response.status(201).json(await summaryOf(meeting, Number(request.params.n)));
  });

  router.post('/:id/decisions/:nodeId/verify', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'verifyDecision');
    const nodeId = request.params.nodeId;
    if (!/^[\w-]{1,64}$/.test(nodeId)) throw new HttpError('bad_request', 'not a node id');
    response.status(201).json(await lifecycle.verifyDecision(meeting, nodeId, actorOf(response)));
  });

  router.get('/:id/share-links', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'manage');
    const links = await versions.shareLinks(meeting.id);
    response.json({ links: links.map(({ meetingId: _, ...link }) => link) });
  });

  router.post('/:id/share-links', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'manage');
    const { expiresInHours } = parseBody(NewShareLink, request.body);
    const token = newSecret();
    const link: ShareLink = {
      id: newPublicId(),
      createdAt: new Date().toISOString(),
      expiresAt:
        expiresInHours === undefined ? null : new Date(Date.now() + expiresInHours * HOUR_MS).toISOString(),
      revokedAt: null,
    };
    const actor = actorOf(response);
    await versions.addShareLink({ ...link, meetingId: meeting.id }, hashSecret(token), actor.id);
    await lifecycle.record(meeting, actor, 'share_link', { id: link.id, expiresAt: link.expiresAt });
    response.status(201).json({ ...link, path: `/s/${token}` });
  });

  router.delete('/:id/share-links/:linkId', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'manage');
    const at = new Date().toISOString();
    if (!(await versions.revokeShareLink(meeting.id, request.params.linkId, at))) {
      throw new HttpError('not_found', 'no such share link, or it is already revoked');
    }
    await lifecycle.record(meeting, actorOf(response), 'revoke_share_link', { id: request.params.linkId });
    response.status(204).end();
  });

  router.get('/:id/audit', async (request, response) => {
    const { meeting } = await gate.open(response, request.params.id, 'manage');
    response.json({ entries: await versions.auditLog(meeting.id) });
  });

  return router;
}
