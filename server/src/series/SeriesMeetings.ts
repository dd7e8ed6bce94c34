import { type Account, DOCUMENT_FIELD, type Meeting, type MeetingId, type NewMeeting } from '@minutes/shared';
import type { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { AccessStore } from '../access/AccessStore.js';
import { HttpError } from '../http/HttpError.js';
import type { MinutesExtraction } from '../minutes/MinutesExtraction.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import { type EarlierMeeting, openBusiness } from './followUp.js';
import { nextMeetingDocument } from './nextMeetingDocument.js';

export interface SeriesMeetingsDependencies {
  meetings: MeetingStore;
  documents: DocumentStore;
  access: AccessStore;
  extraction: MinutesExtraction;
  schema: Schema;
  /** The tracker's status of a task, where it was set after the minutes were final. */
  taskStatus?: (meetingId: string, nodeId: string) => Promise<'open' | 'done' | undefined>;
}

/** Every meeting belongs to a series; this places new meetings in one and makes the next meeting of a series. */
export class SeriesMeetings {
  constructor(private readonly deps: SeriesMeetingsDependencies) {}

  /**
   * Creates a meeting in the series asked for, which the account must be secretary of (or an
   * admin), or else in a new series named after the meeting, with the account as its secretary.
   * The account becomes the meeting's secretary.
   */
  async create(input: NewMeeting, account: Account): Promise<Meeting> {
    const seriesId = await this.seriesFor(input, account);
    const meeting = await this.deps.meetings.create({ ...input, seriesId });
    await this.adopt(meeting, account);
    return meeting;
  }

  /** Whoever makes a meeting is its secretary. */
  async adopt(meeting: Meeting, account: Account): Promise<void> {
    await this.deps.access.setRole('meeting', meeting.id, account.id, 'secretary');
  }

  /** The series to put a new meeting in, created when none is named. */
  async seriesFor(input: Pick<NewMeeting, 'title' | 'seriesId'>, account: Account): Promise<string> {
    const { access } = this.deps;
    if (input.seriesId === undefined) {
      const series = await access.createSeries(input.title);
      await access.setRole('series', series.id, account.id, 'secretary');
      return series.id;
    }
    const series = await access.series(input.seriesId);
    if (!series) throw new HttpError('bad_request', `no series with id ${JSON.stringify(input.seriesId)}`);
    const scopes = await access.scopesOf(account.id);
    const secretary = scopes.some(
      (s) => s.scope === 'series' && s.scopeId === series.id && s.role === 'secretary',
    );
    if (!account.admin && !secretary) {
      throw new HttpError('forbidden', 'only the series secretary or an admin may add meetings to it');
    }
    return series.id;
  }

  /**
   * "New meeting from the previous one": a meeting of the same series whose document starts with
   * the previous attendee list and what is still open from every earlier meeting of the series.
   */
  async next(
    previous: Meeting,
    input: { date: string; title?: string | undefined },
    account: Account,
  ): Promise<Meeting> {
    const { meetings, access, documents, extraction, schema } = this.deps;
    if (previous.seriesId === null) throw new HttpError('conflict', 'the meeting belongs to no series');
    const series = await access.series(previous.seriesId);
    const earlier = await this.earlierMeetings(previous.seriesId, input.date);
    const statuses = await this.taskStatuses(earlier);
    const open = openBusiness(earlier, (meetingId, nodeId) => statuses.get(`${meetingId} ${nodeId}`));
    const title = input.title ?? previous.title;
    const previousMinutes = (await extraction.get(previous.id)) ?? earlier.at(-1)?.minutes;
    if (!previousMinutes) throw new HttpError('not_found', 'the previous meeting has no minutes');
    const json = nextMeetingDocument(
      { title, date: input.date, series: series?.name ?? '' },
      previousMinutes,
      open,
    );
    // A document the editor could not open is never stored.
    schema.nodeFromJSON(json).check();
    const doc = new Y.Doc();
    let update: Uint8Array;
    try {
      prosemirrorJSONToYXmlFragment(schema, json, doc.getXmlFragment(DOCUMENT_FIELD));
      update = Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
    const meeting = await meetings.create({ title, date: input.date, seriesId: previous.seriesId });
    await documents.append(meeting.id, update);
    await this.adopt(meeting, account);
    return meeting;
  }

  /** The series' meetings up to and including `date`, oldest first, with their minutes. */
  private async earlierMeetings(seriesId: string, date: string): Promise<EarlierMeeting[]> {
    const inSeries = (await this.deps.meetings.list())
      .filter((meeting) => meeting.seriesId === seriesId && meeting.date <= date)
      .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
    const earlier: EarlierMeeting[] = [];
    for (const meeting of inSeries) {
      const minutes = await this.deps.extraction.get(meeting.id as MeetingId);
      if (minutes) earlier.push({ meeting, minutes });
    }
    return earlier;
  }

  private async taskStatuses(earlier: EarlierMeeting[]): Promise<Map<string, 'open' | 'done'>> {
    const statuses = new Map<string, 'open' | 'done'>();
    const lookup = this.deps.taskStatus;
    if (!lookup) return statuses;
    for (const { meeting, minutes } of earlier) {
      for (const task of minutes.actions) {
        if (!task.id) continue;
        const status = await lookup(meeting.id, task.id);
        if (status) statuses.set(`${meeting.id} ${task.id}`, status);
      }
    }
    return statuses;
  }
}
