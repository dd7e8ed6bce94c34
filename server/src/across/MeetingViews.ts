import {
  type Account,
  DOCUMENT_FIELD,
  type Meeting,
  type MeetingAccess,
  type MeetingId,
  type MeetingStatus,
  type Minutes,
  may,
  type Role,
} from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { AccessStore } from '../access/AccessStore.js';
import type { MinutesExtraction } from '../minutes/MinutesExtraction.js';
import { applyMasks } from '../render/applyMasks.js';
import { masker } from '../render/masker.js';
import { maskMinutes } from '../render/maskMinutes.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import type { VersionStore } from '../versions/VersionStore.js';

/** Who is asking: a signed-in account (also through its calendar feed), or a script's token. */
export type Viewer =
  | { kind: 'account'; account: Account }
  | { kind: 'token'; meetingId: MeetingId; role: Role };

/** One meeting as a caller may read it. */
export interface MeetingView {
  meeting: Meeting;
  access: MeetingAccess;
  status: MeetingStatus;
  /** Members read the draft, readers the latest published version; null: a reader with nothing published. */
  source: 'draft' | 'published' | null;
  /** The version read: for readers the published one, for members of finalised minutes the latest; else null. */
  version: number | null;
  /** What is masked in the readers' copy. */
  masks: readonly string[];
}

export interface MeetingViewsDependencies {
  meetings: MeetingStore;
  documents: DocumentStore;
  accessStore: AccessStore;
  versions: VersionStore;
  extraction: MinutesExtraction;
}

/**
 * What of each meeting a caller may read, by the same roles as every meeting route: members
 * (`draft`) the live draft's minutes, readers only the latest published version, masked; meetings
 * where the caller has no role are left out; admins see all.
 */
export class MeetingViews {
  constructor(private readonly deps: MeetingViewsDependencies) {}

  async accessOf(viewer: Viewer, meeting: Meeting): Promise<MeetingAccess> {
    if (viewer.kind === 'token') {
      return { role: viewer.meetingId === meeting.id ? viewer.role : null, admin: false };
    }
    const role = await this.deps.accessStore.roleIn(meeting.id, meeting.seriesId, viewer.account.id);
    return { role, admin: viewer.account.admin };
  }

  /** The meeting as the caller reads it; undefined when the caller has no role in it. */
  async viewOf(viewer: Viewer, meeting: Meeting): Promise<MeetingView | undefined> {
    const access = await this.accessOf(viewer, meeting);
    if (!access.admin && access.role === null) return undefined;
    const { versions } = this.deps;
    const [status, stored] = await Promise.all([versions.status(meeting.id), versions.versions(meeting.id)]);
    if (may(access, 'draft')) {
      const version = status === 'finalised' ? (stored.at(-1)?.number ?? null) : null;
      return { meeting, access, status, source: 'draft', version, masks: [] };
    }
    if (!may(access, 'published')) return undefined;
    const published = stored.filter((version) => version.publishedAt !== null).at(-1);
    if (!published) return { meeting, access, status, source: null, version: null, masks: [] };
    return {
      meeting,
      access,
      status,
      source: 'published',
      version: published.number,
      masks: published.masks,
    };
  }

  /** Every meeting the caller has a role in (of one series, if given), oldest first. */
  async visible(viewer: Viewer, seriesId?: string): Promise<MeetingView[]> {
    const all = (await this.deps.meetings.list()).filter(
      (meeting) => seriesId === undefined || meeting.seriesId === seriesId,
    );
    const views = await Promise.all(all.map((meeting) => this.viewOf(viewer, meeting)));
    return views
      .filter((view): view is MeetingView => view !== undefined)
      .sort(
        (a, b) =>
          a.meeting.date.localeCompare(b.meeting.date) ||
          a.meeting.createdAt.localeCompare(b.meeting.createdAt),
      );
  }

  /** Whether the caller may know of the series: it exists, and they are in it or in one of its meetings. */
  async seriesVisible(viewer: Viewer, seriesId: string, views: readonly MeetingView[]): Promise<boolean> {
    const { accessStore } = this.deps;
    if (!(await accessStore.series(seriesId))) return false;
    if (views.length > 0) return true;
    if (viewer.kind === 'token') return false;
    if (viewer.account.admin) return true;
    const scopes = await accessStore.scopesOf(viewer.account.id);
    return scopes.some((scope) => scope.scope === 'series' && scope.scopeId === seriesId);
  }

  /** The minutes the caller reads. */
  async minutes(view: MeetingView): Promise<Minutes | undefined> {
    if (view.source === 'draft') return this.deps.extraction.get(view.meeting.id);
    if (view.source === null || view.version === null) return undefined;
    const version = await this.deps.versions.version(view.meeting.id, view.version);
    return version && maskMinutes(version.minutes, view.masks);
  }

  /** The document the caller reads, as ProseMirror JSON; the draft as stored. */
  async document(view: MeetingView): Promise<JSONContent | undefined> {
    if (view.source === 'draft') return this.storedDraft(view.meeting.id);
    if (view.source === null || view.version === null) return undefined;
    const version = await this.deps.versions.version(view.meeting.id, view.version);
    return version && applyMasks(version.document as JSONContent, view.masks);
  }

  /** The meeting's title as the caller may read it. */
  title(view: MeetingView): string {
    return view.source === 'published' ? masker(view.masks)(view.meeting.title) : view.meeting.title;
  }

  /** Where the caller reads a decision or task: the meeting for members, the version page for readers. */
  path(view: MeetingView, anchor: string | null): string {
    const page =
      view.source === 'published'
        ? `/versions/${view.meeting.id}/${view.version}`
        : `/meetings/${view.meeting.id}`;
    return anchor ? `${page}#${anchor}` : page;
  }

  private async storedDraft(meetingId: MeetingId): Promise<JSONContent> {
    const doc = new Y.Doc();
    try {
      const { updates } = await this.deps.documents.load(meetingId);
      if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
      return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(DOCUMENT_FIELD)) as JSONContent;
    } finally {
      doc.destroy();
    }
  }
}
