import type { MeetingId, Minutes } from '@minutes/shared';
import type { Pool } from 'pg';
import type { MinutesPart, MinutesStore, SaveMinutesOptions } from '../MinutesStore.js';
import { type MinutesRow, minutesFromRows } from '../minutesFromRows.js';
import { nodeKeyer } from '../nodeKeyer.js';
import { inTransaction } from './inTransaction.js';
import { LockSpace } from './LockSpace.js';

const LOCK_MEETING = 'SELECT pg_advisory_xact_lock($1, hashtext($2))';
const DELETE_MINUTES = 'DELETE FROM minutes WHERE meeting_id = $1';
/** Deleting each list. */
const DELETES: Record<MinutesPart, string> = {
  attendees: 'DELETE FROM minutes_attendees WHERE meeting_id = $1',
  agenda: 'DELETE FROM minutes_agenda_items WHERE meeting_id = $1',
  decisions: 'DELETE FROM minutes_decisions WHERE meeting_id = $1',
  actions: 'DELETE FROM minutes_actions WHERE meeting_id = $1',
};

const INSERT_MINUTES = `INSERT INTO minutes (meeting_id, series, title, date, start_time, end_time, room, video_link, next_meeting, extracted_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;
// Each list is inserted in one statement, from a JSON array of its rows.
const INSERT_ATTENDEES = `INSERT INTO minutes_attendees (meeting_id, node_id, position, name, role, organisation, attendance, duty)
  SELECT $1, node_id, position, name, role, organisation, attendance, duty
    FROM jsonb_to_recordset($2) AS item (node_id TEXT, position INTEGER, name TEXT, role TEXT,
      organisation TEXT, attendance TEXT, duty TEXT)`;
const INSERT_AGENDA_ITEMS = `INSERT INTO minutes_agenda_items (meeting_id, node_id, number, title, presenter, status)
  SELECT $1, node_id, number, title, presenter, status
    FROM jsonb_to_recordset($2) AS item (node_id TEXT, number INTEGER, title TEXT, presenter TEXT, status TEXT)`;
const INSERT_DECISIONS = `INSERT INTO minutes_decisions (meeting_id, node_id, position, text, reservations, agenda_item_id, agenda_item_number, agenda_item_title)
  SELECT $1, node_id, position, text, reservations, agenda_item_id, agenda_item_number, agenda_item_title
    FROM jsonb_to_recordset($2) AS item (node_id TEXT, position INTEGER, text TEXT, reservations JSONB,
      agenda_item_id TEXT, agenda_item_number INTEGER, agenda_item_title TEXT)`;
const INSERT_ACTIONS = `INSERT INTO minutes_actions (meeting_id, node_id, position, text, assignees, due, due_date, status, agenda_item_id, agenda_item_number, agenda_item_title)
  SELECT $1, node_id, position, text, assignees, due, due_date, status, agenda_item_id, agenda_item_number, agenda_item_title
    FROM jsonb_to_recordset($2) AS item (node_id TEXT, position INTEGER, text TEXT, assignees JSONB, due TEXT,
      due_date TEXT, status TEXT, agenda_item_id TEXT, agenda_item_number INTEGER, agenda_item_title TEXT)`;

// One statement, so that the parts are read from one snapshot even while the minutes are saved.
const SELECT_MINUTES = `SELECT series, title, date, start_time AS "startTime", end_time AS "endTime", room,
    video_link AS "videoLink", next_meeting AS "nextMeeting",
    (SELECT coalesce(json_agg(json_build_object('id', node_id, 'name', name, 'role', role,
        'organisation', organisation, 'attendance', attendance, 'duty', duty) ORDER BY position), '[]')
       FROM minutes_attendees WHERE meeting_id = $1) AS people,
    (SELECT coalesce(json_agg(json_build_object('id', node_id, 'number', number, 'title', title,
        'presenter', presenter, 'status', status) ORDER BY number), '[]')
       FROM minutes_agenda_items WHERE meeting_id = $1) AS agenda,
    (SELECT coalesce(json_agg(json_build_object('id', node_id, 'text', text, 'reservations', reservations,
        'agendaItemId', agenda_item_id, 'agendaItemNumber', agenda_item_number,
        'agendaItemTitle', agenda_item_title) ORDER BY position), '[]')
       FROM minutes_decisions WHERE meeting_id = $1) AS decisions,
    (SELECT coalesce(json_agg(json_build_object('id', node_id, 'text', text, 'assignees', assignees,
        'due', due, 'dueDate', due_date, 'status', status, 'agendaItemId', agenda_item_id,
        'agendaItemNumber', agenda_item_number, 'agendaItemTitle', agenda_item_title) ORDER BY position), '[]')
       FROM minutes_actions WHERE meeting_id = $1) AS actions
  FROM minutes WHERE meeting_id = $1`;

type MinutesRowWithLists = MinutesRow & {
  people: Minutes['attendees'];
  agenda: Minutes['agenda'];
  decisions: Minutes['decisions'];
  actions: Minutes['actions'];
};

export class PostgresMinutesStore implements MinutesStore {
  constructor(private readonly pool: Pool) {}

  async save(
    meetingId: MeetingId,
    m: Minutes,
    { unchanged = new Set() }: SaveMinutesOptions = {},
  ): Promise<void> {
    const attendeeKey = nodeKeyer();
    const attendees = [...m.attendees, ...m.absent].map((a, position) => ({
      node_id: attendeeKey(a.id, position),
      position,
      name: a.name,
      role: a.role,
      organisation: a.organisation,
      attendance: a.attendance,
      duty: a.duty,
    }));
    const agendaKey = nodeKeyer();
    const agenda = m.agenda.map((item) => ({
      node_id: agendaKey(item.id, item.number),
      number: item.number,
      title: item.title,
      presenter: item.presenter,
      status: item.status,
    }));
    const decisionKey = nodeKeyer();
    const decisions = m.decisions.map((d, position) => ({
      node_id: decisionKey(d.id, position),
      position,
      text: d.text,
      reservations: d.reservations,
      agenda_item_id: d.agendaItemId,
      agenda_item_number: d.agendaItemNumber,
      agenda_item_title: d.agendaItemTitle,
    }));
    const actionKey = nodeKeyer();
    const actions = m.actions.map((a, position) => ({
      node_id: actionKey(a.id, position),
      position,
      text: a.text,
      assignees: a.assignees,
      due: a.due,
      due_date: a.dueDate,
      status: a.status,
      agenda_item_id: a.agendaItemId,
      agenda_item_number: a.agendaItemNumber,
      agenda_item_title: a.agendaItemTitle,
    }));
    await inTransaction(this.pool, async (client) => {
      // Two saves of one meeting at once would each delete, then both insert the same keys.
      await client.query(LOCK_MEETING, [LockSpace.meetings, meetingId]);
      await client.query(DELETE_MINUTES, [meetingId]);
      await client.query(INSERT_MINUTES, [
        meetingId,
        m.series,
        m.title,
        m.date,
        m.startTime,
        m.endTime,
        m.room,
        m.videoLink,
        m.next_meeting ? JSON.stringify(m.next_meeting) : null,
        new Date().toISOString(),
      ]);
      const lists: Array<[MinutesPart, string, unknown[]]> = [
        ['attendees', INSERT_ATTENDEES, attendees],
        ['agenda', INSERT_AGENDA_ITEMS, agenda],
        ['decisions', INSERT_DECISIONS, decisions],
        ['actions', INSERT_ACTIONS, actions],
      ];
      for (const [part, insert, rows] of lists) {
        if (unchanged.has(part)) continue;
        await client.query(DELETES[part], [meetingId]);
        await client.query(insert, [meetingId, JSON.stringify(rows)]);
      }
    });
  }

  async get(meetingId: MeetingId): Promise<Minutes | undefined> {
    const { rows } = await this.pool.query<MinutesRowWithLists>(SELECT_MINUTES, [meetingId]);
    const row = rows[0];
    return row && minutesFromRows(row, row.people, row.agenda, row.decisions, row.actions);
  }
}
