import { DOCUMENT_FIELD, documentSchema, type Meeting, NewMeeting } from '@minutes/shared';
import {
  analyseMinutes,
  type MinutesFormat,
  minutesDocument,
  type RecognisedMinutes,
} from '@minutes/shared/recognise';
import type { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import { ExtractError } from './ExtractError.js';

export interface MinutesSource {
  text: string;
  format: MinutesFormat;
  /** The file's name, when there was one: a fallback title, and a date in it ("2026-04-10-…"). */
  fileName?: string;
}

export interface PreparedImport {
  minutes: RecognisedMinutes;
  meeting: NewMeeting;
  /** The whole document as one Yjs update. */
  update: Uint8Array;
}

const FILE_DATE = /^(\d{4}-\d{2}-\d{2})/u;
const MAX_TITLE = 200;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Turns minutes written as text into a meeting with a structured document. Everything is worked
 * out before anything is stored, so a file that cannot be read creates nothing.
 */
export class MinutesImport {
  private readonly schema: Schema = documentSchema();

  constructor(
    private readonly meetings: MeetingStore,
    private readonly documents: DocumentStore,
  ) {}

  prepare({ text, format, fileName }: MinutesSource): PreparedImport {
    if (text.trim() === '') throw new ExtractError('the text is empty', 'empty');
    const referenceDate = fileName ? FILE_DATE.exec(fileName)?.[1] : undefined;
    const analysis = analyseMinutes(text, referenceDate ? { format, referenceDate } : { format });
    const { minutes } = analysis;
    const fallbackTitle = fileName?.replace(/\.[^.]+$/u, '') || 'Importerat protokoll';
    const meeting = NewMeeting.safeParse({
      title: (minutes.title ?? fallbackTitle).slice(0, MAX_TITLE),
      date: minutes.date ?? today(),
    });
    if (!meeting.success)
      throw new ExtractError(meeting.error.issues.map((issue) => issue.message).join('; '));
    const json = minutesDocument(analysis);
    // Validates against the schema: a document the editor could not open is never stored.
    this.schema.nodeFromJSON(json).check();
    const doc = new Y.Doc();
    try {
      prosemirrorJSONToYXmlFragment(this.schema, json, doc.getXmlFragment(DOCUMENT_FIELD));
      return { minutes, meeting: meeting.data, update: Y.encodeStateAsUpdate(doc) };
    } finally {
      doc.destroy();
    }
  }

  /** Creates the meeting, in the series given, and stores its document. */
  async create(prepared: PreparedImport, seriesId?: string): Promise<Meeting> {
    const meeting = await this.meetings.create({ ...prepared.meeting, ...(seriesId ? { seriesId } : {}) });
    await this.documents.append(meeting.id, prepared.update);
    return meeting;
  }
}
