import { createHash } from 'node:crypto';
import {
  type Account,
  type Approval,
  CloseCode,
  DOCUMENT_FIELD,
  extractMinutes,
  type Meeting,
  type MeetingId,
  type VerifiedDecision,
  type VersionSummary,
} from '@minutes/shared';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { AccessStore } from '../access/AccessStore.js';
import { HttpError } from '../http/HttpError.js';
import { renderVersionHtml } from '../render/renderVersionHtml.js';
import { Frame } from '../sync/Frame.js';
import type { RoomRegistry } from '../sync/RoomRegistry.js';
import type { StoredVersion, VersionStore } from './VersionStore.js';
import { verifiersOf } from './verifiersOf.js';

export type Actor = Pick<Account, 'id' | 'name'>;

export interface LifecycleDependencies {
  versions: VersionStore;
  access: AccessStore;
  registry: RoomRegistry;
  /** Serves published copies to readers over /collab. */
  publishedRegistry: RoomRegistry;
  schema: Schema;
}

/** Finalise, reopen, publish, approve, verify a decision at once: what the secretary and verifiers do. */
export class MeetingLifecycle {
  private readonly reopenListeners: Array<(meeting: Meeting) => Promise<void>> = [];

  constructor(private readonly deps: LifecycleDependencies) {}

  /** Runs `listener` after a meeting is reopened, before the reopen answers. */
  onReopened(listener: (meeting: Meeting) => Promise<void>): void {
    this.reopenListeners.push(listener);
  }

  /**
   * Locks the document for everyone, writes what was accepted before the lock, and stores it as
   * the next version. If storing fails, the meeting is a draft again.
   */
  async finalise(meeting: Meeting, actor: Actor): Promise<StoredVersion> {
    const { versions, registry } = this.deps;
    if (!(await versions.setStatus(meeting.id, 'finalised'))) {
      throw new HttpError('conflict', 'the meeting is already finalised');
    }
    try {
      await registry.setLocked(meeting.id, true);
      const state = await registry.withRoom(meeting.id, async (room) => {
        room.setLocked(true);
        await room.whenIdle();
        room.announceStored();
        return Y.encodeStateAsUpdate(room.doc);
      });
      const node = this.documentOf(state);
      const document = node.toJSON();
      const minutes = extractMinutes(node, { meetingDate: meeting.date });
      const finalisedAt = new Date().toISOString();
      const sha256 = createHash('sha256').update(JSON.stringify(document)).digest('hex');
      const html = renderVersionHtml(
        {
          meeting,
          version: {
            number: (await versions.versions(meeting.id)).length + 1,
            finalisedAt,
            finalisedBy: actor.name,
            sha256,
          },
          document,
          minutes,
          approvals: [],
          verified: false,
          lang: 'sv',
        },
        {},
      );
      const number = await versions.addVersion({
        meetingId: meeting.id,
        state,
        document,
        minutes,
        html,
        sha256,
        finalisedBy: actor.name,
        finalisedAt,
      });
      await this.audit(meeting, actor, 'finalise', { version: number, sha256 });
      return (await versions.version(meeting.id, number)) as StoredVersion;
    } catch (error) {
      await versions.setStatus(meeting.id, 'draft');
      await registry.setLocked(meeting.id, false);
      throw error;
    }
  }

  /** Opens the document for editing again; the next finalise makes a new version. */
  async reopen(meeting: Meeting, actor: Actor): Promise<void> {
    if (!(await this.deps.versions.setStatus(meeting.id, 'draft'))) {
      throw new HttpError('conflict', 'the meeting is not finalised');
    }
    await this.deps.registry.setLocked(meeting.id, false);
    for (const listener of this.reopenListeners) await listener(meeting);
    await this.audit(meeting, actor, 'reopen', {});
  }

  async setMasks(meeting: Meeting, number: number, masks: string[], actor: Actor): Promise<void> {
    const version = await this.versionOf(meeting, number);
    if (version.publishedAt) throw new HttpError('conflict', 'a published version cannot be changed');
    await this.deps.versions.setMasks(meeting.id, number, [...new Set(masks)]);
    await this.audit(meeting, actor, 'masks', { version: number, count: masks.length });
  }

  async publish(meeting: Meeting, number: number, actor: Actor): Promise<void> {
    const version = await this.versionOf(meeting, number);
    if (version.publishedAt) throw new HttpError('conflict', 'the version is already published');
    await this.deps.versions.publish(meeting.id, number, new Date().toISOString());
    // Readers connected to the previous published copy get the new one when they reconnect.
    this.deps.publishedRegistry.disconnectAll(meeting.id, CloseCode.ShuttingDown);
    await this.audit(meeting, actor, 'publish', { version: number, masks: version.masks.length });
  }

  /** A verifier approves the latest version, or asks for a change to it. */
  async approve(meeting: Meeting, number: number, actor: Actor, approval: Omit<Approval, 'account' | 'at'>) {
    const { versions } = this.deps;
    await this.versionOf(meeting, number);
    const latest = (await versions.versions(meeting.id)).at(-1);
    if ((await versions.status(meeting.id)) !== 'finalised' || latest?.number !== number) {
      throw new HttpError('conflict', 'only the latest version of finalised minutes can be approved');
    }
    await versions.setApproval(meeting.id, number, actor.id, { ...approval, at: new Date().toISOString() });
    await this.audit(meeting, actor, approval.verdict === 'approved' ? 'approve' : 'request_change', {
      version: number,
      ...(approval.comment ? { comment: approval.comment } : {}),
    });
  }

  /**
   * Omedelbar justering: the decision is marked as verified in the live document and no client
   * can change it any more; the rest of the document stays open.
   */
  async verifyDecision(meeting: Meeting, nodeId: string, actor: Actor): Promise<VerifiedDecision> {
    const { versions, registry } = this.deps;
    if ((await versions.status(meeting.id)) !== 'draft') {
      throw new HttpError('conflict', 'the meeting is finalised');
    }
    if ((await versions.verifiedDecisions(meeting.id)).some((d) => d.nodeId === nodeId)) {
      throw new HttpError('conflict', 'the decision is already verified');
    }
    const at = new Date().toISOString();
    const text = await registry.withRoom(meeting.id, async (room) => {
      const found = room.elementName(nodeId) === 'decision' ? room.textOf(nodeId) : undefined;
      if (found === undefined) return undefined;
      room.protect(nodeId, { verifiedBy: actor.name, verifiedAt: at });
      await room.whenIdle();
      return found;
    });
    if (text === undefined) throw new HttpError('not_found', `no decision with id ${JSON.stringify(nodeId)}`);
    const decision: VerifiedDecision = { nodeId, text, by: actor.name, at };
    await versions.addVerifiedDecision(meeting.id, decision);
    await this.audit(meeting, actor, 'verify_decision', { nodeId, text });
    return decision;
  }

  async summaries(meeting: Meeting): Promise<VersionSummary[]> {
    const { versions, access } = this.deps;
    const [stored, approvals, verifiers] = await Promise.all([
      versions.versions(meeting.id),
      versions.approvals(meeting.id),
      verifiersOf(access, meeting),
    ]);
    return stored.map((version) => {
      const own = approvals.filter((approval) => approval.version === version.number);
      const approvedBy = new Set(own.filter((a) => a.verdict === 'approved').map((a) => a.account.id));
      return {
        number: version.number,
        finalisedAt: version.finalisedAt,
        finalisedBy: version.finalisedBy,
        sha256: version.sha256,
        publishedAt: version.publishedAt,
        masks: version.masks,
        approvals: own.map(({ version: _, ...approval }) => approval),
        verified: verifiers.length > 0 && verifiers.every((verifier) => approvedBy.has(verifier.id)),
      };
    });
  }

  /** The live draft as ProseMirror JSON. */
  async draftDocument(meetingId: MeetingId): Promise<unknown> {
    const state = await this.deps.registry.withRoom(meetingId, (room) => Y.encodeStateAsUpdate(room.doc));
    return this.documentOf(state).toJSON();
  }

  async versionOf(meeting: Meeting, number: number): Promise<StoredVersion> {
    const version = Number.isSafeInteger(number)
      ? await this.deps.versions.version(meeting.id, number)
      : undefined;
    if (!version) throw new HttpError('not_found', `no version ${number} of this meeting`);
    return version;
  }

  private documentOf(state: Uint8Array): ProseMirrorNode {
    const doc = new Y.Doc({ gc: false });
    try {
      Y.applyUpdate(doc, state);
      return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DOCUMENT_FIELD), this.deps.schema);
    } finally {
      doc.destroy();
    }
  }

  /**
   * Records what someone did in the audit log, and tells everyone who has the meeting open that
   * its state changed.
   */
  async record(
    meeting: Meeting,
    actor: Actor,
    action: string,
    detail: Record<string, unknown>,
  ): Promise<void> {
    await this.audit(meeting, actor, action, detail);
  }

  private async audit(meeting: Meeting, actor: Actor, action: string, detail: Record<string, unknown>) {
    await this.deps.versions.audit({
      meetingId: meeting.id,
      seriesId: meeting.seriesId,
      actor: actor.name,
      action,
      detail,
      at: new Date().toISOString(),
    });
    this.deps.registry.broadcast(meeting.id, Frame.stateChanged());
  }
}
