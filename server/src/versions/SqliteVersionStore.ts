import type { Approval, AuditEntry, MeetingId, MeetingStatus, VerifiedDecision } from '@minutes/shared';
import type { SqliteDatabase } from '../storage/openDatabase.js';
import type {
  NewVersion,
  StoredApproval,
  StoredShareLink,
  StoredVersion,
  VersionMeta,
  VersionStore,
} from './VersionStore.js';

interface VersionRow {
  number: number;
  state: Buffer;
  document: string;
  minutes: string;
  html: string;
  sha256: string;
  finalisedBy: string;
  finalisedAt: string;
  masks: string;
  publishedAt: string | null;
}

const VERSION_COLUMNS = `number, state, document, minutes, html, sha256, finalised_by AS finalisedBy,
  finalised_at AS finalisedAt, masks, published_at AS publishedAt`;

function versionOf(row: VersionRow): StoredVersion {
  return {
    number: row.number,
    state: new Uint8Array(row.state),
    document: JSON.parse(row.document),
    minutes: JSON.parse(row.minutes),
    html: row.html,
    sha256: row.sha256,
    finalisedBy: row.finalisedBy,
    finalisedAt: row.finalisedAt,
    masks: JSON.parse(row.masks),
    publishedAt: row.publishedAt,
  };
}

const SHARE_LINK_COLUMNS = `id, meeting_id AS meetingId, created_at AS createdAt, expires_at AS expiresAt,
  revoked_at AS revokedAt`;

export class SqliteVersionStore implements VersionStore {
  constructor(private readonly db: SqliteDatabase) {}

  async status(meetingId: MeetingId): Promise<MeetingStatus> {
    const row = this.db.prepare('SELECT status FROM meeting_status WHERE meeting_id = ?').get(meetingId) as
      | { status: MeetingStatus }
      | undefined;
    return row?.status ?? 'draft';
  }

  async setStatus(meetingId: MeetingId, status: MeetingStatus): Promise<boolean> {
    const change = this.db.transaction(() => {
      const row = this.db.prepare('SELECT status FROM meeting_status WHERE meeting_id = ?').get(meetingId) as
        | { status: MeetingStatus }
        | undefined;
      if ((row?.status ?? 'draft') === status) return false;
      this.db
        .prepare(
          `INSERT INTO meeting_status (meeting_id, status, changed_at) VALUES (?, ?, ?)
           ON CONFLICT (meeting_id) DO UPDATE SET status = excluded.status, changed_at = excluded.changed_at`,
        )
        .run(meetingId, status, new Date().toISOString());
      return true;
    });
    return change.immediate();
  }

  async addVersion(version: NewVersion): Promise<number> {
    const add = this.db.transaction(() => {
      const { last } = this.db
        .prepare('SELECT coalesce(max(number), 0) AS last FROM versions WHERE meeting_id = ?')
        .get(version.meetingId) as { last: number };
      this.db
        .prepare(
          `INSERT INTO versions (meeting_id, number, state, document, minutes, html, sha256, finalised_by, finalised_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          version.meetingId,
          last + 1,
          Buffer.from(version.state),
          JSON.stringify(version.document),
          JSON.stringify(version.minutes),
          version.html,
          version.sha256,
          version.finalisedBy,
          version.finalisedAt,
        );
      return last + 1;
    });
    return add.immediate();
  }

  async versions(meetingId: MeetingId): Promise<VersionMeta[]> {
    const rows = this.db
      .prepare(
        `SELECT number, sha256, finalised_by AS finalisedBy, finalised_at AS finalisedAt, masks,
                published_at AS publishedAt
           FROM versions WHERE meeting_id = ? ORDER BY number`,
      )
      .all(meetingId) as Array<Omit<VersionMeta, 'masks'> & { masks: string }>;
    return rows.map((row) => ({ ...row, masks: JSON.parse(row.masks) as string[] }));
  }

  async version(meetingId: MeetingId, number: number): Promise<StoredVersion | undefined> {
    const row = this.db
      .prepare(`SELECT ${VERSION_COLUMNS} FROM versions WHERE meeting_id = ? AND number = ?`)
      .get(meetingId, number) as VersionRow | undefined;
    return row && versionOf(row);
  }

  async setMasks(meetingId: MeetingId, number: number, masks: string[]): Promise<void> {
    this.db
      .prepare('UPDATE versions SET masks = ? WHERE meeting_id = ? AND number = ? AND published_at IS NULL')
      .run(JSON.stringify(masks), meetingId, number);
  }

  async publish(meetingId: MeetingId, number: number, at: string): Promise<void> {
    this.db
      .prepare(
        'UPDATE versions SET published_at = ? WHERE meeting_id = ? AND number = ? AND published_at IS NULL',
      )
      .run(at, meetingId, number);
  }

  async setApproval(
    meetingId: MeetingId,
    version: number,
    accountId: string,
    approval: Omit<Approval, 'account'>,
  ): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO approvals (meeting_id, version, account_id, verdict, comment, passage, at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (meeting_id, version, account_id) DO UPDATE SET
           verdict = excluded.verdict, comment = excluded.comment, passage = excluded.passage, at = excluded.at`,
      )
      .run(meetingId, version, accountId, approval.verdict, approval.comment, approval.passage, approval.at);
  }

  async approvals(meetingId: MeetingId): Promise<StoredApproval[]> {
    const rows = this.db
      .prepare(
        `SELECT p.version, p.verdict, p.comment, p.passage, p.at, a.id, a.name
           FROM approvals p JOIN accounts a ON a.id = p.account_id
          WHERE p.meeting_id = ? ORDER BY p.version, p.at`,
      )
      .all(meetingId) as Array<Omit<StoredApproval, 'account'> & { id: string; name: string }>;
    return rows.map(({ id, name, ...approval }) => ({ ...approval, account: { id, name } }));
  }

  async addVerifiedDecision(meetingId: MeetingId, decision: VerifiedDecision): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO verified_decisions (meeting_id, node_id, text, verified_by, verified_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(meetingId, decision.nodeId, decision.text, decision.by, decision.at);
  }

  async verifiedDecisions(meetingId: MeetingId): Promise<VerifiedDecision[]> {
    return this.db
      .prepare(
        `SELECT node_id AS nodeId, text, verified_by AS by, verified_at AS at
           FROM verified_decisions WHERE meeting_id = ? ORDER BY verified_at`,
      )
      .all(meetingId) as VerifiedDecision[];
  }

  async addShareLink(link: StoredShareLink, tokenHash: string, createdBy: string): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO share_links (id, token_hash, meeting_id, created_by, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(link.id, tokenHash, link.meetingId, createdBy, link.createdAt, link.expiresAt);
  }

  async shareLinks(meetingId: MeetingId): Promise<StoredShareLink[]> {
    return this.db
      .prepare(`SELECT ${SHARE_LINK_COLUMNS} FROM share_links WHERE meeting_id = ? ORDER BY created_at`)
      .all(meetingId) as StoredShareLink[];
  }

  async shareLinkByToken(tokenHash: string): Promise<StoredShareLink | undefined> {
    return this.db
      .prepare(`SELECT ${SHARE_LINK_COLUMNS} FROM share_links WHERE token_hash = ?`)
      .get(tokenHash) as StoredShareLink | undefined;
  }

  async revokeShareLink(meetingId: MeetingId, id: string, at: string): Promise<boolean> {
    return (
      this.db
        .prepare(
          'UPDATE share_links SET revoked_at = ? WHERE meeting_id = ? AND id = ? AND revoked_at IS NULL',
        )
        .run(at, meetingId, id).changes === 1
    );
  }

  async audit(entry: AuditEntry & { meetingId: MeetingId | null; seriesId: string | null }): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO audit_log (meeting_id, series_id, actor, action, detail, at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        entry.meetingId,
        entry.seriesId,
        entry.actor,
        entry.action,
        JSON.stringify(entry.detail),
        entry.at,
      );
  }

  async auditLog(meetingId: MeetingId): Promise<AuditEntry[]> {
    const rows = this.db
      .prepare('SELECT actor, action, detail, at FROM audit_log WHERE meeting_id = ? ORDER BY seq')
      .all(meetingId) as Array<Omit<AuditEntry, 'detail'> & { detail: string }>;
    return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) }));
  }
}
