import type { Meeting, MeetingId, NewMeeting } from '@minutes/shared';
import type { Statement } from 'better-sqlite3';
import type { MeetingStore } from './MeetingStore.js';
import { newMeeting } from './newMeetingId.js';
import type { SqliteDatabase } from './openDatabase.js';

const INSERT_MEETING =
  'INSERT INTO meetings (id, title, date, created_at, series_id) VALUES (@id, @title, @date, @createdAt, @seriesId)';
const COLUMNS = 'id, title, date, created_at AS createdAt, series_id AS seriesId';
const SELECT_MEETING = `SELECT ${COLUMNS} FROM meetings WHERE id = ?`;
const SELECT_MEETINGS = `SELECT ${COLUMNS} FROM meetings ORDER BY date DESC, created_at DESC`;

export class SqliteMeetingStore implements MeetingStore {
  private readonly insertMeeting: Statement<[Meeting]>;
  private readonly selectMeeting: Statement<[string], Meeting>;
  private readonly selectMeetings: Statement<[], Meeting>;

  constructor(db: SqliteDatabase) {
    this.insertMeeting = db.prepare(INSERT_MEETING);
    this.selectMeeting = db.prepare(SELECT_MEETING);
    this.selectMeetings = db.prepare(SELECT_MEETINGS);
  }

  async create(input: NewMeeting): Promise<Meeting> {
    const meeting = newMeeting(input);
    this.insertMeeting.run(meeting);
    return meeting;
  }

  async get(id: MeetingId): Promise<Meeting | undefined> {
    return this.selectMeeting.get(id);
  }

  async list(): Promise<Meeting[]> {
    return this.selectMeetings.all();
  }
}
