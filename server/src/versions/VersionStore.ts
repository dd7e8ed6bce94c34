import type {
  Approval,
  AuditEntry,
  MeetingId,
  MeetingStatus,
  Minutes,
  ShareLink,
  VerifiedDecision,
} from '@minutes/shared';

export interface NewVersion {
  meetingId: MeetingId;
  /** The Yjs state of the document. */
  state: Uint8Array;
  /** ProseMirror JSON of the document. */
  document: unknown;
  minutes: Minutes;
  html: string;
  sha256: string;
  finalisedBy: string;
  finalisedAt: string;
}

export interface StoredVersion extends Omit<NewVersion, 'meetingId'> {
  number: number;
  masks: string[];
  publishedAt: string | null;
}

/** What lists need of a version, without its content. */
export type VersionMeta = Pick<
  StoredVersion,
  'number' | 'sha256' | 'finalisedBy' | 'finalisedAt' | 'masks' | 'publishedAt'
>;

export interface StoredApproval extends Approval {
  version: number;
}

export interface StoredShareLink extends ShareLink {
  meetingId: MeetingId;
}

/**
 * Finalised versions and what hangs on them: status, approvals, decisions verified at once,
 * share links and the audit log. A version is never changed once stored, except that masks may be
 * set until it is published.
 */
export interface VersionStore {
  status(meetingId: MeetingId): Promise<MeetingStatus>;
  /** Sets the status; false when it already was that (someone else finalised or reopened first). */
  setStatus(meetingId: MeetingId, status: MeetingStatus): Promise<boolean>;

  /** Stores the next version and returns its number. */
  addVersion(version: NewVersion): Promise<number>;
  /** Every version of the meeting, oldest first, without content. */
  versions(meetingId: MeetingId): Promise<VersionMeta[]>;
  version(meetingId: MeetingId, number: number): Promise<StoredVersion | undefined>;
  setMasks(meetingId: MeetingId, number: number, masks: string[]): Promise<void>;
  publish(meetingId: MeetingId, number: number, at: string): Promise<void>;

  setApproval(
    meetingId: MeetingId,
    version: number,
    accountId: string,
    approval: Omit<Approval, 'account'>,
  ): Promise<void>;
  approvals(meetingId: MeetingId): Promise<StoredApproval[]>;

  addVerifiedDecision(meetingId: MeetingId, decision: VerifiedDecision): Promise<void>;
  verifiedDecisions(meetingId: MeetingId): Promise<VerifiedDecision[]>;

  addShareLink(link: StoredShareLink, tokenHash: string, createdBy: string): Promise<void>;
  shareLinks(meetingId: MeetingId): Promise<StoredShareLink[]>;
  shareLinkByToken(tokenHash: string): Promise<StoredShareLink | undefined>;
  revokeShareLink(meetingId: MeetingId, id: string, at: string): Promise<boolean>;

  audit(entry: AuditEntry & { meetingId: MeetingId | null; seriesId: string | null }): Promise<void>;
  auditLog(meetingId: MeetingId): Promise<AuditEntry[]>;
}
