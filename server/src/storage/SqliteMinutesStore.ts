import type {
  MeetingId,
  Minutes,
  MinutesAction,
  MinutesAgendaItem,
  MinutesAttendee,
  MinutesDecision,
} from '@minutes/shared';
import type { MinutesPart, MinutesStore, SaveMinutesOptions } from './MinutesStore.js';
import { minutesFromRows } from './minutesFromRows.js';
import { nodeKeyer } from './nodeKeyer.js';
import type { SqliteDatabase } from './openDatabase.js';

/** The table of each list. */
const TABLES: Record<MinutesPart, string> = {
  attendees: 'minutes_attendees',
  agenda: 'minutes_agenda_items',
  decisions: 'minutes_decisions',
  actions: 'minutes_actions',
};

const INSERT_MINUTES = `INSERT INTO minutes (meeting_id, series, title, date, start_time, end_time, room, video_link, next_meeting, extracted_at)
  VALUES (@meetingId, @series, @title, @date, @startTime, @endTime, @room, @videoLink, @nextMeeting, @extractedAt)`;
const INSERT_ATTENDEE = `INSERT INTO minutes_attendees (meeting_id, node_id, position, name, role, organisation, attendance, duty)
  VALUES (@meetingId, @nodeId, @position, @name, @role, @organisation, @attendance, @duty)`;
const INSERT_AGENDA_ITEM = `INSERT INTO minutes_agenda_items (meeting_id, node_id, number, title, presenter, status)
  VALUES (@meetingId, @nodeId, @number, @title, @presenter, @status)`;
const INSERT_DECISION = `INSERT INTO minutes_decisions (meeting_id, node_id, position, text, reservations, agenda_item_id, agenda_item_number, agenda_item_title)
  VALUES (@meetingId, @nodeId, @position, @text, @reservations, @agendaItemId, @agendaItemNumber, @agendaItemTitle)`;
const INSERT_ACTION = `INSERT INTO minutes_actions (meeting_id, node_id, position, text, assignees, due, due_date, status, agenda_item_id, agenda_item_number, agenda_item_title)
  VALUES (@meetingId, @nodeId, @position, @text, @assignees, @due, @dueDate, @status, @agendaItemId, @agendaItemNumber, @agendaItemTitle)`;

const SELECT_MINUTES = 'SELECT * FROM minutes WHERE meeting_id = ?';
const SELECT_ATTENDEES = `SELECT node_id AS id, name, role, organisation, attendance, duty
  FROM minutes_attendees WHERE meeting_id = ? ORDER BY position`;
const SELECT_AGENDA = `SELECT node_id AS id, number, title, presenter, status
  FROM minutes_agenda_items WHERE meeting_id = ? ORDER BY number`;
const SELECT_DECISIONS = `SELECT node_id AS id, text, reservations, agenda_item_id AS agendaItemId,
  agenda_item_number AS agendaItemNumber, agenda_item_title AS agendaItemTitle
  FROM minutes_decisions WHERE meeting_id = ? ORDER BY position`;
const SELECT_ACTIONS = `SELECT node_id AS id, text, assignees, due, due_date AS dueDate, status, agenda_item_id AS agendaItemId,
  agenda_item_number AS agendaItemNumber, agenda_item_title AS agendaItemTitle
  FROM minutes_actions WHERE meeting_id = ? ORDER BY position`;

interface MinutesRow {
  series: string | null;
  title: string | null;
  date: string | null;
  start_time: string | null;
  end_time: string | null;
  room: string | null;
  video_link: string | null;
  next_meeting: string | null;
}

export class SqliteMinutesStore implements MinutesStore {
  private readonly saveTransaction: (
    meetingId: MeetingId,
    minutes: Minutes,
    unchanged: ReadonlySet<MinutesPart>,
  ) => void;

  constructor(private readonly db: SqliteDatabase) {
    const deleteMinutes = db.prepare('DELETE FROM minutes WHERE meeting_id = ?');
    const deletes = Object.fromEntries(
      Object.entries(TABLES).map(([part, table]) => [
        part,
        db.prepare(`DELETE FROM ${table} WHERE meeting_id = ?`),
      ]),
    ) as Record<MinutesPart, ReturnType<SqliteDatabase['prepare']>>;
    const insertMinutes = db.prepare(INSERT_MINUTES);
    const insertAttendee = db.prepare(INSERT_ATTENDEE);
    const insertAgendaItem = db.prepare(INSERT_AGENDA_ITEM);
    const insertDecision = db.prepare(INSERT_DECISION);
    const insertAction = db.prepare(INSERT_ACTION);
    this.saveTransaction = db.transaction((meetingId: MeetingId, m: Minutes, unchanged) => {
      const changed = (part: MinutesPart) => {
        if (unchanged.has(part)) return false;
        deletes[part].run(meetingId);
        return true;
      };
      deleteMinutes.run(meetingId);
      insertMinutes.run({
        meetingId,
        series: m.series,
        title: m.title,
        date: m.date,
        startTime: m.startTime,
        endTime: m.endTime,
        room: m.room,
        videoLink: m.videoLink,
        nextMeeting: m.next_meeting ? JSON.stringify(m.next_meeting) : null,
        extractedAt: new Date().toISOString(),
      });
      const attendeeKey = nodeKeyer();
      if (changed('attendees')) {
        [...m.attendees, ...m.absent].forEach((a, position) => {
          insertAttendee.run({ meetingId, nodeId: attendeeKey(a.id, position), position, ...a });
        });
      }
      const agendaKey = nodeKeyer();
      if (changed('agenda')) {
        for (const item of m.agenda) {
          insertAgendaItem.run({ meetingId, nodeId: agendaKey(item.id, item.number), ...item });
        }
      }
      const decisionKey = nodeKeyer();
      if (changed('decisions')) {
        m.decisions.forEach((d, position) => {
          insertDecision.run({
            meetingId,
            nodeId: decisionKey(d.id, position),
            position,
            text: d.text,
            reservations: JSON.stringify(d.reservations),
            agendaItemId: d.agendaItemId,
            agendaItemNumber: d.agendaItemNumber,
            agendaItemTitle: d.agendaItemTitle,
          });
        });
      }
      const actionKey = nodeKeyer();
      if (changed('actions')) {
        m.actions.forEach((a, position) => {
          insertAction.run({
            meetingId,
            nodeId: actionKey(a.id, position),
            position,
            text: a.text,
            assignees: JSON.stringify(a.assignees),
            due: a.due,
            dueDate: a.dueDate,
            status: a.status,
            agendaItemId: a.agendaItemId,
            agendaItemNumber: a.agendaItemNumber,
            agendaItemTitle: a.agendaItemTitle,
          });
        });
      }
    });
  }

  async save(meetingId: MeetingId, minutes: Minutes, options: SaveMinutesOptions = {}): Promise<void> {
    this.saveTransaction(meetingId, minutes, options.unchanged ?? new Set());
  }

  async get(meetingId: MeetingId): Promise<Minutes | undefined> {
    const row = this.db.prepare<[string], MinutesRow>(SELECT_MINUTES).get(meetingId);
    if (!row) return undefined;
    const people = this.db.prepare<[string], MinutesAttendee>(SELECT_ATTENDEES).all(meetingId);
    const agenda = this.db.prepare<[string], MinutesAgendaItem>(SELECT_AGENDA).all(meetingId);
    const decisions = this.db
      .prepare<[string], Omit<MinutesDecision, 'reservations'> & { reservations: string }>(SELECT_DECISIONS)
      .all(meetingId)
      .map((d) => ({ ...d, reservations: JSON.parse(d.reservations) as string[] }));
    const actions = this.db
      .prepare<[string], Omit<MinutesAction, 'assignees'> & { assignees: string }>(SELECT_ACTIONS)
      .all(meetingId)
      .map((a) => ({ ...a, assignees: JSON.parse(a.assignees) as string[] }));
    return minutesFromRows(
      {
        series: row.series,
        title: row.title,
        date: row.date,
        startTime: row.start_time,
        endTime: row.end_time,
        room: row.room,
        videoLink: row.video_link,
        nextMeeting: row.next_meeting ? JSON.parse(row.next_meeting) : null,
      },
      people,
      agenda,
      decisions,
      actions,
    );
  }
}
