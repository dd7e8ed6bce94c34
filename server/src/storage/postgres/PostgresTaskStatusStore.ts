import type { MeetingId } from '@minutes/shared';
import type { Pool } from 'pg';
import type { TaskStatusChange, TaskStatusStore } from '../../across/TaskStatusStore.js';

const UPSERT = `INSERT INTO task_statuses (meeting_id, node_id, status, changed_by, changed_at, version, in_document)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (meeting_id, node_id) DO UPDATE SET status = excluded.status, changed_by = excluded.changed_by,
    changed_at = excluded.changed_at, version = excluded.version, in_document = excluded.in_document`;
const SELECT = `SELECT meeting_id AS "meetingId", node_id AS "nodeId", status, changed_by AS "changedBy",
  changed_at AS "changedAt", version, in_document AS "inDocument" FROM task_statuses WHERE meeting_id = $1`;
const MARK = 'UPDATE task_statuses SET in_document = TRUE WHERE meeting_id = $1 AND node_id = ANY ($2)';

export class PostgresTaskStatusStore implements TaskStatusStore {
  constructor(private readonly pool: Pool) {}

  async set(change: TaskStatusChange): Promise<void> {
    await this.pool.query(UPSERT, [
      change.meetingId,
      change.nodeId,
      change.status,
      change.changedBy,
      change.changedAt,
      change.version,
      change.inDocument,
    ]);
  }

  async ofMeeting(meetingId: MeetingId): Promise<TaskStatusChange[]> {
    return (await this.pool.query<TaskStatusChange>(SELECT, [meetingId])).rows;
  }

  async markInDocument(meetingId: MeetingId, nodeIds: readonly string[]): Promise<void> {
    await this.pool.query(MARK, [meetingId, nodeIds]);
  }
}
