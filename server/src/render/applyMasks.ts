import type { JSONContent } from '@tiptap/core';
import { masker } from './masker.js';
import { maskStrings } from './maskStrings.js';

const KEEP = new Set(['type', 'id', 'status', 'attendance', 'duty', 'level', 'start']);

/**
 * A copy of the document in which every occurrence of each masked passage, in text and in
 * attributes, reads "█████". The document itself is left as it was.
 */
export function applyMasks(document: JSONContent, masks: readonly string[]): JSONContent {
  return maskStrings(document, masker(masks), KEEP);
}
