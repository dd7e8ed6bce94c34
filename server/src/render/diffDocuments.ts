import type { JSONContent } from '@tiptap/core';
import { diffArrays } from 'diff';
import { documentLines } from './documentLines.js';
import type { Lang } from './VersionContent.js';

export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * A line diff of two documents as readable text: a changed line is removed and then added, an
 * unchanged one is the same.
 */
export function diffDocuments(a: JSONContent, b: JSONContent, lang: Lang): DiffLine[] {
  return diffArrays(documentLines(a, lang), documentLines(b, lang)).flatMap((change) =>
    change.value.map(
      (text): DiffLine => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text }),
    ),
  );
}
