import { applyMasks } from './applyMasks.js';
import { masker } from './masker.js';
import { maskMinutes } from './maskMinutes.js';
import type { VersionContent } from './VersionContent.js';

/**
 * The copy of a version that readers may see: the masked passages gone from the document, the
 * extracted minutes, the meeting's title and the approvals alike.
 */
export function maskVersion(content: VersionContent, masks: readonly string[]): VersionContent {
  const mask = masker(masks);
  return {
    ...content,
    meeting: { ...content.meeting, title: mask(content.meeting.title) },
    version: { ...content.version, finalisedBy: mask(content.version.finalisedBy) },
    document: applyMasks(content.document, masks),
    minutes: maskMinutes(content.minutes, masks),
    approvals: content.approvals.map((approval) => ({
      ...approval,
      name: mask(approval.name),
      comment: approval.comment === null ? null : mask(approval.comment),
    })),
  };
}
