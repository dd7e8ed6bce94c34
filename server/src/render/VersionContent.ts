import type { Minutes } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';

export type ApprovalVerdict = 'approved' | 'changes_requested';

export interface Approval {
  name: string;
  verdict: ApprovalVerdict;
  comment: string | null;
  /** ISO 8601 timestamp. */
  at: string;
}

/** One finalised version of a meeting's minutes: everything a renderer needs, nothing it must look up. */
export interface VersionContent {
  meeting: { id: string; title: string; date: string };
  version: { number: number; finalisedAt: string; finalisedBy: string; sha256: string };
  /** The whole document (type 'doc'), as y-prosemirror's `yXmlFragmentToProseMirrorRootNode(...).toJSON()`. */
  document: JSONContent;
  minutes: Minutes;
  approvals: Approval[];
  /** True once every named verifier approved: the minutes are "justerade". */
  verified: boolean;
  lang: 'sv' | 'en';
}

export type Lang = VersionContent['lang'];
