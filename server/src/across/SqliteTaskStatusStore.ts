import type { MeetingId } from '@minutes/shared';
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../storage/openDatabase.js';
import type { TaskStatusChange, TaskStatusStore } from './TaskStatusStore.js';

const UPSERT = `INSERT INTO task_statuses (meeting_id, node_id, status, changed_by, changed_at, version, in_document)
  VALUES (@meetingId, @nodeId, @status, @changedBy, @changedAt, @version, @inDocument)
  ON CONFLICT (meeting_id, node_id) DO UPDATE SET status = excluded.status, changed_by = excluded.changed_by,
    changed_at = excluded.changed_at, version = excluded.version, in_document = excluded.in_document`;
const SELECT = `SELECT meeting_id AS meetingId, node_id AS nodeId, status, changed_by AS changedBy,
  changed_at AS changedAt, version, in_document AS inDocument FROM task_statuses WHERE meeting_id = ?`;
const MARK = 'UPDATE task_statuses SET in_document = 1 WHERE meeting_id = ? AND node_id = ?';

type Row = Omit<TaskStatusChange, 'inDocument'> & { inDocument: number };

export class SqliteTaskStatusStore implements TaskStatusStore {
  private readonly upsert: Statement<[Row]>;
  private readonly select: Statement<[string], Row>;
  private readonly mark: (meetingId: MeetingId, nodeIds: readonly string[]) => void;

  constructor(db: SqliteDatabase) {
    this.upsert = db.prepare(UPSERT);
    this.select = db.prepare(SELECT);
    const mark = db.prepare(MARK);
    this.mark = db.transaction((meetingId: MeetingId, nodeIds: readonly string[]) => {
      for (const nodeId of nodeIds) mark.run(meetingId, nodeId);
    });
  }

  async set(change: TaskStatusChange): Promise<void> {
    this.upsert.run({ ...change, inDocument: change.inDocument ? 1 : 0 });
  }

  async ofMeeting(meetingId: MeetingId): Promise<TaskStatusChange[]> {
    return this.select.all(meetingId).map((row) => ({ ...row, inDocument: row.inDocument === 1 }));
  }

  async markInDocument(meetingId: MeetingId, nodeIds: readonly string[]): Promise<void> {
    this.mark(meetingId, nodeIds);
  }
}
