import { editorExtensions, minutesContent as m } from '@minutes/shared';
import type { Suggestion } from '@minutes/shared/recognise';
import { type Extensions, getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { Decoration } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { changedRange } from './changedRange';
import {
  afterChange,
  emptySuggestions,
  type ParagraphSuggestion,
  QUIET_MS,
  readPending,
  type SuggestionReader,
  type SuggestionsState,
  withoutDismissed,
} from './suggestionsState';

const schema = getSchema(editorExtensions() as unknown as Extensions);
const DECISION = 'Det beslutas att tidsplanen publiceras.';
const OTHER = 'Processledarna informerade om läget.';

/** One agenda item (with the same id each time, as in one shared document) holding these paragraphs. */
const docOf = (...paragraphs: string[]) =>
  Node.fromJSON(
    schema,
    m.doc(
      m.agendaItem(
        'Punkt',
        paragraphs.map((text) => m.paragraph(text)),
        { id: 'item' },
      ),
    ),
  );

function reader(dismissed: string[] = []): SuggestionReader & { read: string[] } {
  const read: string[] = [];
  return {
    read,
    suggest: (text): Suggestion | null => {
      read.push(text);
      return text.startsWith('Det beslutas') ? { kind: 'decision' } : null;
    },
    isDismissed: (text) => dismissed.includes(text),
    widget: (pos, spec) => Decoration.widget(pos, () => document.createElement('span'), { ...spec }),
  };
}

/** Paragraph start positions: the agenda item opens at 0, its title takes "Punkt" plus 2. */
function paragraphs(doc: Node): Array<{ pos: number; text: string }> {
  const found: Array<{ pos: number; text: string }> = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph') found.push({ pos, text: node.textContent });
  });
  return found;
}

const shown = (state: SuggestionsState) =>
  state.decorations.find().map((decoration) => (decoration.spec as ParagraphSuggestion).text);

/** The state after `before` became `after` through a change by this person (local) or someone else. */
function changed(before: Node, after: Node, at: number, local: boolean, state = emptySuggestions) {
  const change = changedRange(before, after);
  if (!change) throw new Error('no change');
  return afterChange(state, after, change, at, local);
}

describe('changedRange', () => {
  it('finds the typed character, and nothing between equal documents', () => {
    const before = docOf(DECISION, 'Hej');
    const after = docOf(DECISION, 'Hej!');
    const end = paragraphs(after)[1]?.pos ?? 0;
    expect(changedRange(before, after)).toEqual({ start: end + 4, endA: end + 4, endB: end + 5 });
    // A document rebuilt from scratch (as a change through Yjs arrives) but equal: no change.
    expect(changedRange(before, docOf(DECISION, 'Hej'))).toBeNull();
  });
});

describe('reading changed paragraphs', () => {
  const after = docOf(DECISION, OTHER);
  const [first] = paragraphs(after);
  const elsewhere = 0;

  it('reads only the paragraphs that changed', () => {
    const typed = docOf('Det beslutas att tidsplanen publiceras', OTHER);
    const state = changed(typed, after, 1000, true);
    const read = reader();
    readPending(state, after, elsewhere, 1001, read);
    expect(read.read).toEqual([DECISION]);
  });

  it('suggests at once on a paragraph this person wrote and left, at the end of its text', () => {
    const state = changed(docOf('', OTHER), after, 1000, true);
    const next = readPending(state, after, elsewhere, 1001, reader());
    expect(shown(next)).toEqual([DECISION]);
    const [widget] = next.decorations.find();
    expect(widget?.from).toBe((first?.pos ?? 0) + 1 + DECISION.length);
    expect(next.pending).toEqual([]);
    expect(next.announced.map((spec) => spec.text)).toEqual([DECISION]);
  });

  it('waits while the caret is in an unfinished sentence, and after a pause at a finished one', () => {
    const unfinished = docOf('Det beslutas att tidsplanen publiceras', OTHER);
    const inside = (first?.pos ?? 0) + 3;
    let state = readPending(
      changed(docOf('', OTHER), unfinished, 1000, true),
      unfinished,
      inside,
      5000,
      reader(),
    );
    expect(shown(state)).toEqual([]);
    expect(state.wakeIn).toBeNull();
    expect(state.pending).toHaveLength(1);

    state = readPending(changed(docOf('', OTHER), after, 1000, true), after, inside, 1200, reader());
    expect(shown(state)).toEqual([]);
    expect(state.wakeIn).toBe(QUIET_MS - 200);
    state = readPending(state, after, inside, 1000 + QUIET_MS, reader());
    expect(shown(state)).toEqual([DECISION]);
  });

  it('waits for a quiet moment on paragraphs others are writing', () => {
    let state = readPending(changed(docOf('', OTHER), after, 1000, false), after, elsewhere, 1300, reader());
    expect(shown(state)).toEqual([]);
    expect(state.wakeIn).toBe(QUIET_MS - 300);
    state = readPending(state, after, elsewhere, 1000 + QUIET_MS, reader());
    expect(shown(state)).toEqual([DECISION]);
    expect(state.announced).toEqual([]);
  });

  it('drops a suggestion when its paragraph changes, keeps the others and moves them along', () => {
    const both = docOf(DECISION, 'Det beslutas att mötet flyttas.');
    let state = readPending(changed(docOf('', ''), both, 0, true), both, elsewhere, 1, reader());
    expect(shown(state)).toHaveLength(2);
    const edited = docOf(`${DECISION} Ja`, 'Det beslutas att mötet flyttas.');
    state = changed(both, edited, 10, true, state);
    expect(shown(state)).toEqual(['Det beslutas att mötet flyttas.']);
    const [widget] = state.decorations.find();
    const [, moved] = paragraphs(edited);
    expect(widget?.from).toBe((moved?.pos ?? 0) + 1 + 'Det beslutas att mötet flyttas.'.length);
  });

  it('never offers a dismissed suggestion, and takes one away once it is dismissed', () => {
    const state = readPending(
      changed(docOf('', OTHER), after, 0, true),
      after,
      elsewhere,
      1,
      reader([DECISION]),
    );
    expect(shown(state)).toEqual([]);
    const offered = readPending(changed(docOf('', OTHER), after, 0, true), after, elsewhere, 1, reader());
    expect(shown(offered)).toEqual([DECISION]);
    expect(shown(withoutDismissed(offered, reader([DECISION])))).toEqual([]);
  });
});
