import type { Meeting, VersionSummary } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import { maskVersion } from '../render/maskVersion.js';
import type { VersionContent } from '../render/VersionContent.js';
import type { StoredVersion } from './VersionStore.js';

/**
 * What the renderers need to show one version. `masked` gives the readers' copy: the passages the
 * secretary masked are replaced everywhere, and approval comments (members' business) are left out.
 */
export function versionContent(
  meeting: Meeting,
  version: StoredVersion,
  summary: VersionSummary | undefined,
  options: { masked: boolean; lang?: 'sv' | 'en' },
): VersionContent {
  const approvals = (summary?.approvals ?? []).map((approval) => ({
    name: approval.account.name,
    verdict: approval.verdict,
    comment: options.masked ? null : approval.comment,
    at: approval.at,
  }));
  const content: VersionContent = {
    meeting: { id: meeting.id, title: meeting.title, date: meeting.date },
    version: {
      number: version.number,
      finalisedAt: version.finalisedAt,
      finalisedBy: version.finalisedBy,
      sha256: version.sha256,
    },
    document: version.document as JSONContent,
    minutes: version.minutes,
    approvals: options.masked ? approvals.filter((approval) => approval.verdict === 'approved') : approvals,
    verified: summary?.verified ?? false,
    lang: options.lang ?? 'sv',
  };
  return options.masked && version.masks.length > 0 ? maskVersion(content, version.masks) : content;
}
