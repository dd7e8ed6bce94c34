import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Mapping, StepMap } from '@tiptap/pm/transform';

export interface ChangedRange {
  /** Where the documents start to differ. */
  start: number;
  /** Where the difference ends in the old document. */
  endA: number;
  /** Where the difference ends in the new document. */
  endB: number;
}

/**
 * The one range in which two documents differ. A change that arrives through Yjs replaces the whole
 * document in one step, so its step maps say nothing; comparing the documents says what changed.
 */
export function changedRange(before: ProseMirrorNode, after: ProseMirrorNode): ChangedRange | null {
  const start = before.content.findDiffStart(after.content);
  if (start === null) return null;
  const end = before.content.findDiffEnd(after.content);
  let endA = end?.a ?? before.content.size;
  let endB = end?.b ?? after.content.size;
  // Repeated content ("aa" → "aaa") lets the end scan run past the start; move both ends back.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return { start, endA, endB };
}

/** A position map for the change: before it nothing moves, after it everything shifts. */
export function changeMap({ start, endA, endB }: ChangedRange): Mapping {
  return new Mapping([new StepMap([start, endA - start, endB - start])]);
}
