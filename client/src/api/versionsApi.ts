import type {
  DiffPart,
  ExportFormat,
  MeetingId,
  VerifiedDecision,
  Version,
  VersionSummary,
} from '@minutes/shared';
import { meetingPath } from './meetingsApi';
import { request } from './request';

/** What a verifier says about a version. */
export type Verdict =
  | { verdict: 'approved' }
  | { verdict: 'changes_requested'; comment: string; passage?: string };

/** One side of a comparison: a version number, or the live draft. */
export type DiffSide = number | 'draft';

const versionPath = (id: MeetingId, number: number) => `${meetingPath(id)}/versions/${number}`;

/** The server-rendered, read-only page of a version (no client code). */
export const versionPageUrl = (id: MeetingId, number: number) =>
  `/versions/${encodeURIComponent(id)}/${number}`;

export const exportUrl = (id: MeetingId, number: number, format: ExportFormat) =>
  `${versionPath(id, number)}/export.${format}`;

export const versionsApi = {
  get(id: MeetingId, number: number, signal?: AbortSignal): Promise<Version> {
    return request<Version>(versionPath(id, number), { signal: signal ?? null });
  },

  async diff(id: MeetingId, from: DiffSide, to: DiffSide, signal?: AbortSignal): Promise<DiffPart[]> {
    const query = new URLSearchParams({ from: String(from), to: String(to) });
    const body = await request<{ parts: DiffPart[] }>(`${meetingPath(id)}/diff?${query}`, {
      signal: signal ?? null,
    });
    return body.parts;
  },

  /** The passages to replace in the copy readers get; only before the version is published. */
  setMasks(id: MeetingId, number: number, masks: string[]): Promise<VersionSummary> {
    return request<VersionSummary>(`${versionPath(id, number)}/masks`, {
      method: 'PUT',
      body: JSON.stringify({ masks }),
    });
  },

  publish(id: MeetingId, number: number): Promise<VersionSummary> {
    return request<VersionSummary>(`${versionPath(id, number)}/publish`, { method: 'POST' });
  },

  approve(id: MeetingId, number: number, verdict: Verdict): Promise<VersionSummary> {
    return request<VersionSummary>(`${versionPath(id, number)}/approvals`, {
      method: 'POST',
      body: JSON.stringify(verdict),
    });
  },

  /** Omedelbar justering: the server marks the decision as verified and locks it. */
  verifyDecision(id: MeetingId, nodeId: string): Promise<VerifiedDecision> {
    return request<VerifiedDecision>(`${meetingPath(id)}/decisions/${encodeURIComponent(nodeId)}/verify`, {
      method: 'POST',
    });
  },
};
