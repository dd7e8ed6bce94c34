import type { Meeting, MeetingId, NewMeeting } from '@minutes/shared';
import type { Pool } from 'pg';
import type { MeetingStore } from '../MeetingStore.js';
import { newMeeting } from '../newMeetingId.js';

const INSERT_MEETING =
  'INSERT INTO meetings (id, title, date, created_at, series_id) VALUES ($1, $2, $3, $4, $5)';
const COLUMNS = 'id, title, date, created_at AS "createdAt", series_id AS "seriesId"';
const SELECT_MEETING = `SELECT ${COLUMNS} FROM meetings WHERE id = $1`;
const SELECT_MEETINGS = `SELECT ${COLUMNS} FROM meetings ORDER BY date DESC, created_at DESC`;

export class PostgresMeetingStore implements MeetingStore {
  constructor(private readonly pool: Pool) {}

  async create(input: NewMeeting): Promise<Meeting> {
    const meeting = newMeeting(input);
    await this.pool.query(INSERT_MEETING, [
      meeting.id,
      meeting.title,
      meeting.date,
      meeting.createdAt,
      meeting.seriesId,
    ]);
    return meeting;
  }

  async get(id: MeetingId): Promise<Meeting | undefined> {
    const { rows } = await this.pool.query<Meeting>(SELECT_MEETING, [id]);
    return rows[0];
  }

  async list(): Promise<Meeting[]> {
    return (await this.pool.query<Meeting>(SELECT_MEETINGS)).rows;
  }
}
