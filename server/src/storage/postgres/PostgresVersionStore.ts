import type { Approval, AuditEntry, MeetingId, MeetingStatus, VerifiedDecision } from '@minutes/shared';
import type { Pool } from 'pg';
import type {
  NewVersion,
  StoredApproval,
  StoredShareLink,
  StoredVersion,
  VersionMeta,
  VersionStore,
} from '../../versions/VersionStore.js';
import { inTransaction } from './inTransaction.js';
import { LockSpace } from './LockSpace.js';

const SELECT_STATUS = 'SELECT status FROM meeting_status WHERE meeting_id = $1';
// Each changes the status only from the other one, so of two callers at once only one succeeds.
const SET_FINALISED = `INSERT INTO meeting_status (meeting_id, status, changed_at) VALUES ($1, 'finalised', $2)
  ON CONFLICT (meeting_id) DO UPDATE SET status = excluded.status, changed_at = excluded.changed_at
  WHERE meeting_status.status <> excluded.status`;
const SET_DRAFT = `UPDATE meeting_status SET status = 'draft', changed_at = $2
  WHERE meeting_id = $1 AND status <> 'draft'`;

const LOCK_MEETING = 'SELECT pg_advisory_xact_lock($1, hashtext($2))';
const INSERT_VERSION = `INSERT INTO versions (meeting_id, number, state, document, minutes, html, sha256, finalised_by, finalised_at)
  SELECT $1, coalesce(max(number), 0) + 1, $2, $3, $4, $5, $6, $7, $8 FROM versions WHERE meeting_id = $1
  RETURNING number`;
const SELECT_VERSIONS = `SELECT number, sha256, finalised_by AS "finalisedBy", finalised_at AS "finalisedAt", masks,
    published_at AS "publishedAt"
  FROM versions WHERE meeting_id = $1 ORDER BY number`;
const SELECT_VERSION = `SELECT number, state, document, minutes, html, sha256, finalised_by AS "finalisedBy",
    finalised_at AS "finalisedAt", masks, published_at AS "publishedAt"
  FROM versions WHERE meeting_id = $1 AND number = $2`;
const SET_MASKS =
  'UPDATE versions SET masks = $1 WHERE meeting_id = $2 AND number = $3 AND published_at IS NULL';
const PUBLISH =
  'UPDATE versions SET published_at = $1 WHERE meeting_id = $2 AND number = $3 AND published_at IS NULL';

const UPSERT_APPROVAL = `INSERT INTO approvals (meeting_id, version, account_id, verdict, comment, passage, at)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (meeting_id, version, account_id) DO UPDATE SET
    verdict = excluded.verdict, comment = excluded.comment, passage = excluded.passage, at = excluded.at`;
const SELECT_APPROVALS = `SELECT p.version, p.verdict, p.comment, p.passage, p.at, a.id, a.name
  FROM approvals p JOIN accounts a ON a.id = p.account_id
  WHERE p.meeting_id = $1 ORDER BY p.version, p.at`;

const INSERT_VERIFIED_DECISION = `INSERT INTO verified_decisions (meeting_id, node_id, text, verified_by, verified_at)
  VALUES ($1, $2, $3, $4, $5)`;
const SELECT_VERIFIED_DECISIONS = `SELECT node_id AS "nodeId", text, verified_by AS by, verified_at AS at
  FROM verified_decisions WHERE meeting_id = $1 ORDER BY verified_at`;

const SHARE_LINK_COLUMNS = `id, meeting_id AS "meetingId", created_at AS "createdAt", expires_at AS "expiresAt",
  revoked_at AS "revokedAt"`;
const INSERT_SHARE_LINK = `INSERT INTO share_links (id, token_hash, meeting_id, created_by, created_at, expires_at)
  VALUES ($1, $2, $3, $4, $5, $6)`;
const SELECT_SHARE_LINKS = `SELECT ${SHARE_LINK_COLUMNS} FROM share_links WHERE meeting_id = $1 ORDER BY created_at`;
const SELECT_SHARE_LINK_BY_TOKEN = `SELECT ${SHARE_LINK_COLUMNS} FROM share_links WHERE token_hash = $1`;
const REVOKE_SHARE_LINK = `UPDATE share_links SET revoked_at = $1
  WHERE meeting_id = $2 AND id = $3 AND revoked_at IS NULL`;

const INSERT_AUDIT = `INSERT INTO audit_log (meeting_id, series_id, actor, action, detail, at)
  VALUES ($1, $2, $3, $4, $5, $6)`;
const SELECT_AUDIT = 'SELECT actor, action, detail, at FROM audit_log WHERE meeting_id = $1 ORDER BY seq';

type VersionRow = Omit<StoredVersion, 'state'> & { state: Buffer };

export class PostgresVersionStore implements VersionStore {
  constructor(private readonly pool: Pool) {}

  async status(meetingId: MeetingId): Promise<MeetingStatus> {
    const { rows } = await this.pool.query<{ status: MeetingStatus }>(SELECT_STATUS, [meetingId]);
    return rows[0]?.status ?? 'draft';
  }

  async setStatus(meetingId: MeetingId, status: MeetingStatus): Promise<boolean> {
    const statement = status === 'finalised' ? SET_FINALISED : SET_DRAFT;
    const result = await this.pool.query(statement, [meetingId, new Date().toISOString()]);
    return result.rowCount === 1;
  }

  async addVersion(version: NewVersion): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      // Versions of one meeting are numbered one at a time.
      await client.query(LOCK_MEETING, [LockSpace.meetings, version.meetingId]);
      const { rows } = await client.query<{ number: number }>(INSERT_VERSION, [
        version.meetingId,
        version.state,
        JSON.stringify(version.document),
        JSON.stringify(version.minutes),
        version.html,
        version.sha256,
        version.finalisedBy,
        version.finalisedAt,
      ]);
      const number = rows[0]?.number;
      if (number === undefined) throw new Error(`no version number for meeting ${version.meetingId}`);
      return number;
    });
  }

  async versions(meetingId: MeetingId): Promise<VersionMeta[]> {
    return (await this.pool.query<VersionMeta>(SELECT_VERSIONS, [meetingId])).rows;
  }

  async version(meetingId: MeetingId, number: number): Promise<StoredVersion | undefined> {
    const row = (await this.pool.query<VersionRow>(SELECT_VERSION, [meetingId, number])).rows[0];
    return row && { ...row, state: new Uint8Array(row.state) };
  }

  async setMasks(meetingId: MeetingId, number: number, masks: string[]): Promise<void> {
    await this.pool.query(SET_MASKS, [JSON.stringify(masks), meetingId, number]);
  }

  async publish(meetingId: MeetingId, number: number, at: string): Promise<void> {
    await this.pool.query(PUBLISH, [at, meetingId, number]);
  }

  async setApproval(
    meetingId: MeetingId,
    version: number,
    accountId: string,
    approval: Omit<Approval, 'account'>,
  ): Promise<void> {
    await this.pool.query(UPSERT_APPROVAL, [
      meetingId,
      version,
      accountId,
      approval.verdict,
      approval.comment,
      approval.passage,
      approval.at,
    ]);
  }

  async approvals(meetingId: MeetingId): Promise<StoredApproval[]> {
    const { rows } = await this.pool.query<Omit<StoredApproval, 'account'> & { id: string; name: string }>(
      SELECT_APPROVALS,
      [meetingId],
    );
    return rows.map(({ id, name, ...approval }) => ({ ...approval, account: { id, name } }));
  }

  async addVerifiedDecision(meetingId: MeetingId, decision: VerifiedDecision): Promise<void> {
    await this.pool.query(INSERT_VERIFIED_DECISION, [
      meetingId,
      decision.nodeId,
      decision.text,
      decision.by,
      decision.at,
    ]);
  }

  async verifiedDecisions(meetingId: MeetingId): Promise<VerifiedDecision[]> {
    return (await this.pool.query<VerifiedDecision>(SELECT_VERIFIED_DECISIONS, [meetingId])).rows;
  }

  async addShareLink(link: StoredShareLink, tokenHash: string, createdBy: string): Promise<void> {
    await this.pool.query(INSERT_SHARE_LINK, [
      link.id,
      tokenHash,
      link.meetingId,
      createdBy,
      link.createdAt,
      link.expiresAt,
    ]);
  }

  async shareLinks(meetingId: MeetingId): Promise<StoredShareLink[]> {
    return (await this.pool.query<StoredShareLink>(SELECT_SHARE_LINKS, [meetingId])).rows;
  }

  async shareLinkByToken(tokenHash: string): Promise<StoredShareLink | undefined> {
    return (await this.pool.query<StoredShareLink>(SELECT_SHARE_LINK_BY_TOKEN, [tokenHash])).rows[0];
  }

  async revokeShareLink(meetingId: MeetingId, id: string, at: string): Promise<boolean> {
    return (await this.pool.query(REVOKE_SHARE_LINK, [at, meetingId, id])).rowCount === 1;
  }

  async audit(entry: AuditEntry & { meetingId: MeetingId | null; seriesId: string | null }): Promise<void> {
    await this.pool.query(INSERT_AUDIT, [
      entry.meetingId,
      entry.seriesId,
      entry.actor,
      entry.action,
      JSON.stringify(entry.detail),
      entry.at,
    ]);
  }

  async auditLog(meetingId: MeetingId): Promise<AuditEntry[]> {
    return (await this.pool.query<AuditEntry>(SELECT_AUDIT, [meetingId])).rows;
  }
}
