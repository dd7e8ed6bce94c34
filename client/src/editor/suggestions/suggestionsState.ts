import type { Suggestion } from '@minutes/shared/recognise';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration } from '@tiptap/pm/view';
import { DecorationSet } from '@tiptap/pm/view';
import { type ChangedRange, changeMap } from './changedRange';
import { suggestionKey } from './suggestionKey';

/** The wait after the last change before changed paragraphs are read again. */
export const DEBOUNCE_MS = 300;
/** How long a paragraph must stay unchanged before a pause counts as done writing it. */
export const QUIET_MS = 1500;

/** What a widget decoration carries: the paragraph's text as read, and what it reads as. */
export interface ParagraphSuggestion {
  key: string;
  text: string;
  suggestion: Suggestion;
}

/** A stretch of the document changed at `changedAt`, by this person (`local`) or by someone else. */
export interface PendingChange {
  from: number;
  to: number;
  changedAt: number;
  local: boolean;
}

export interface SuggestionsState {
  decorations: DecorationSet;
  /** Changes whose paragraphs have not been read yet (or are still being written). */
  pending: readonly PendingChange[];
  /** After a reading: when the next waiting paragraph may be ready, in ms; null when none waits on time. */
  wakeIn: number | null;
  contextKey: string;
  /** Suggestions that just appeared on paragraphs this person wrote, to tell screen reader users. */
  announced: readonly ParagraphSuggestion[];
}

export interface SuggestionReader {
  suggest(text: string): Suggestion | null;
  isDismissed(text: string): boolean;
  widget(pos: number, spec: ParagraphSuggestion): Decoration;
}

export const emptySuggestions: SuggestionsState = {
  decorations: DecorationSet.empty,
  pending: [],
  wakeIn: null,
  contextKey: '',
  announced: [],
};

/** The whole text block around `pos`, or `pos` itself between blocks. */
function blockEdges(doc: ProseMirrorNode, from: number, to: number): { from: number; to: number } {
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  return {
    from: $from.parent.isTextblock ? $from.before() : from,
    to: $to.parent.isTextblock ? $to.after() : to,
  };
}

/** Moves everything through a change; the changed blocks lose their suggestions and wait to be read. */
export function afterChange(
  state: SuggestionsState,
  doc: ProseMirrorNode,
  change: ChangedRange,
  changedAt: number,
  local: boolean,
): SuggestionsState {
  const map = changeMap(change);
  const edges = blockEdges(doc, change.start, change.endB);
  let decorations = state.decorations.map(map, doc);
  decorations = decorations.remove(decorations.find(edges.from, edges.to));
  const moved = state.pending.map((pending) => ({
    ...pending,
    from: map.map(pending.from, -1),
    to: map.map(pending.to, 1),
  }));
  return {
    ...state,
    decorations,
    pending: [...moved, { ...edges, changedAt, local }],
    announced: [],
  };
}

/** Everything is read again: the context changed, the recogniser arrived, or the language changed. */
export function readAll(state: SuggestionsState, doc: ProseMirrorNode): SuggestionsState {
  return {
    ...state,
    decorations: DecorationSet.empty,
    // Recent changes stay: a paragraph someone is still writing keeps waiting.
    pending: [{ from: 0, to: doc.content.size, changedAt: 0, local: false }, ...state.pending],
    contextKey: '',
    announced: [],
  };
}

/** Drops the widgets of suggestions someone has dismissed. */
export function withoutDismissed(state: SuggestionsState, reader: SuggestionReader): SuggestionsState {
  const gone = state.decorations.find(undefined, undefined, (spec) =>
    reader.isDismissed((spec as ParagraphSuggestion).text),
  );
  if (gone.length === 0) return state;
  return { ...state, decorations: state.decorations.remove(gone), announced: [] };
}

interface Paragraph {
  node: ProseMirrorNode;
  pos: number;
  changedAt: number;
  local: boolean;
}

/** The paragraphs the pending changes touch, each once, with its latest change. */
function touchedParagraphs(doc: ProseMirrorNode, pending: readonly PendingChange[]): Paragraph[] {
  const found = new Map<number, Paragraph>();
  const size = doc.content.size;
  for (const change of pending) {
    const from = Math.max(0, Math.min(change.from, size));
    const to = Math.max(from, Math.min(change.to, size));
    doc.nodesBetween(from, to, (node, pos) => {
      if (node.type.name !== 'paragraph') return !node.isTextblock;
      const seen = found.get(pos);
      if (!seen || seen.changedAt <= change.changedAt) {
        found.set(pos, { node, pos, changedAt: change.changedAt, local: change.local });
      }
      return false;
    });
  }
  return [...found.values()];
}

/** A sentence that has come to its end, so that a pause after it means the writer is done. */
const FINISHED = /[.!]["”’)]?\s*$/u;

/**
 * When a paragraph is ready to be read: 0 for now, a wait in ms, or null while this person's caret
 * is in an unfinished sentence of it. A paragraph this person wrote is ready as soon as the caret
 * leaves it; a pause of QUIET_MS also counts, but only at the end of a sentence when the caret is
 * still in it. Others' paragraphs are ready once they have stopped changing for QUIET_MS, so that
 * nobody sees suggestions flicker while someone else types.
 */
function readyIn(paragraph: Paragraph, head: number, now: number): number | null {
  const { node, pos, changedAt, local } = paragraph;
  const quietFor = QUIET_MS - (now - changedAt);
  const caretInside = head > pos && head < pos + node.nodeSize;
  if (caretInside) return FINISHED.test(node.textContent) ? Math.max(0, quietFor) : null;
  return local ? 0 : Math.max(0, quietFor);
}

/** Reads the paragraphs that changed and are ready, and sets or clears their suggestions. */
export function readPending(
  state: SuggestionsState,
  doc: ProseMirrorNode,
  head: number,
  now: number,
  reader: SuggestionReader,
): SuggestionsState {
  let decorations = state.decorations;
  const waiting: PendingChange[] = [];
  const announced: ParagraphSuggestion[] = [];
  let wakeIn: number | null = null;
  for (const paragraph of touchedParagraphs(doc, state.pending)) {
    const { node, pos, changedAt, local } = paragraph;
    const end = pos + node.nodeSize;
    const wait = readyIn(paragraph, head, now);
    if (wait !== 0) {
      waiting.push({ from: pos, to: end, changedAt, local });
      if (wait !== null) wakeIn = Math.min(wakeIn ?? wait, wait);
      continue;
    }
    decorations = decorations.remove(decorations.find(pos, end));
    const text = node.textContent;
    const suggestion = reader.isDismissed(text) ? null : reader.suggest(text);
    if (suggestion === null) continue;
    const spec: ParagraphSuggestion = { key: suggestionKey(text), text, suggestion };
    decorations = decorations.add(doc, [reader.widget(end - 1, spec)]);
    if (local) announced.push(spec);
  }
  return { ...state, decorations, pending: waiting, wakeIn, announced };
}

/** The suggestion shown on the paragraph at `pos`, if any. */
export function suggestionAt(
  state: SuggestionsState,
  pos: number,
  paragraph: ProseMirrorNode,
): ParagraphSuggestion | null {
  const [found] = state.decorations.find(pos, pos + paragraph.nodeSize);
  return found ? (found.spec as ParagraphSuggestion) : null;
}
