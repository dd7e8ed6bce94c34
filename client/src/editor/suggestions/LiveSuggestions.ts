import type { Suggestion } from '@minutes/shared/recognise';
import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import { i18n } from '../../i18n/i18n';
import { changedRange } from './changedRange';
import { convertParagraph } from './convertParagraph';
import { DismissedSuggestions } from './DismissedSuggestions';
import { loadSuggestionFor, type SuggestionFor } from './loadSuggestionFor';
import { contextKey, suggestionContextOf } from './suggestionContextOf';
import {
  afterChange,
  DEBOUNCE_MS,
  emptySuggestions,
  type ParagraphSuggestion,
  readAll,
  readPending,
  type SuggestionReader,
  type SuggestionsState,
  suggestionAt,
  withoutDismissed,
} from './suggestionsState';
import { ACCEPT_SHORTCUT, suggestionWidget, type WidgetActions } from './suggestionWidget';

export interface LiveSuggestionsOptions {
  /** The shared document, where dismissals are kept; without it nothing is suggested. */
  doc: Y.Doc | null;
  /** The meeting's date, for when the header has none. */
  meetingDate: string | null;
}

type Meta = { type: 'read' } | { type: 'readAll' } | { type: 'dismissed' };

export const liveSuggestionsKey = new PluginKey<SuggestionsState>('liveSuggestions');

const CACHE_LIMIT = 2000;

/** Once loaded, for reading a paragraph on request (the shortcut) outside the plugin. */
let recogniser: SuggestionFor | null = null;

/** The paragraph the caret is in, with its position, or null. */
function caretParagraph(state: EditorState) {
  const { $head } = state.selection;
  if ($head.parent.type.name !== 'paragraph' || $head.depth === 0) return null;
  return { node: $head.parent, pos: $head.before() };
}

/**
 * Live suggestions: a plain paragraph that reads as a decision or a task gets a quiet offer to turn
 * it into one ("Gör till beslut?" / "Gör till uppgift?"), with a way to dismiss it for everyone.
 * Only changed paragraphs are read, once their writer is done with them (see readyIn).
 */
export const LiveSuggestions = Extension.create<LiveSuggestionsOptions>({
  name: 'liveSuggestions',
  // Before the list item's Tab, which would indent a paragraph that has an offer.
  priority: 200,

  addOptions() {
    return { doc: null, meetingDate: null };
  },

  addProseMirrorPlugins() {
    const { editor, options } = this;
    if (options.doc === null) return [];
    const dismissed = new DismissedSuggestions(options.doc);
    const cache = new Map<string, Suggestion | null>();
    let context = suggestionContextOf(editor.state.doc, options.meetingDate);

    const actions: WidgetActions = {
      accept: (pos) => {
        const $pos = editor.state.doc.resolve(pos);
        const shown = suggestionAt(pluginState(editor.state), $pos.before(), $pos.parent);
        if (shown) convertParagraph(editor, $pos.before(), shown.suggestion);
      },
      dismiss: (pos) => {
        const $pos = editor.state.doc.resolve(pos);
        const shown = suggestionAt(pluginState(editor.state), $pos.before(), $pos.parent);
        if (shown) dismissed.dismiss(shown.text);
        actions.backToText(pos);
      },
      backToText: (pos) => {
        editor.chain().focus().setTextSelection(pos).run();
      },
    };

    const reader: SuggestionReader = {
      suggest: (text) => {
        if (recogniser === null) return null;
        let found = cache.get(text);
        if (found === undefined) {
          if (cache.size >= CACHE_LIMIT) cache.clear();
          found = recogniser(text, context);
          cache.set(text, found);
        }
        return found;
      },
      isDismissed: (text) => dismissed.has(text),
      widget: (pos, spec) => suggestionWidget(pos, spec, actions),
    };

    function read(state: SuggestionsState, editorState: EditorState): SuggestionsState {
      context = suggestionContextOf(editorState.doc, options.meetingDate);
      const key = contextKey(context);
      let next = state;
      if (key !== state.contextKey) {
        cache.clear();
        next = { ...readAll(state, editorState.doc), contextKey: key };
      }
      return readPending(next, editorState.doc, editorState.selection.head, Date.now(), reader);
    }

    return [
      new Plugin<SuggestionsState>({
        key: liveSuggestionsKey,
        state: {
          init: () => emptySuggestions,
          apply(tr: Transaction, value: SuggestionsState, _old: EditorState, editorState: EditorState) {
            let next = value;
            if (tr.docChanged) {
              const change = changedRange(tr.before, tr.doc);
              if (change) next = afterChange(next, tr.doc, change, Date.now(), !isChangeOrigin(tr));
            }
            const meta = tr.getMeta(liveSuggestionsKey) as Meta | undefined;
            if (meta?.type === 'read') next = read(next, editorState);
            if (meta?.type === 'readAll') next = read({ ...next, contextKey: '' }, editorState);
            if (meta?.type === 'dismissed') next = withoutDismissed(next, reader);
            return next;
          },
        },
        props: {
          decorations: (state) => (editor.isEditable ? pluginState(state).decorations : null),
        },
        view(view) {
          let timer: ReturnType<typeof setTimeout> | undefined;
          const send = (meta: Meta) => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(liveSuggestionsKey, meta));
          };
          const schedule = (ms: number) => {
            clearTimeout(timer);
            timer = setTimeout(() => send({ type: 'read' }), ms);
          };
          const stopObserving = dismissed.observe(() => send({ type: 'dismissed' }));
          const onLanguage = () => send({ type: 'readAll' });
          i18n.on('languageChanged', onLanguage);
          loadSuggestionFor().then(
            (loaded) => {
              recogniser = loaded;
              send({ type: 'readAll' });
            },
            // Without the recogniser (offline before it was ever loaded) the editor simply suggests nothing.
            () => undefined,
          );
          return {
            update(_view, previous) {
              const state = pluginState(view.state);
              if (state.pending.length === 0) {
                clearTimeout(timer);
                return;
              }
              const moved =
                view.state.doc !== previous.doc ||
                caretParagraph(view.state)?.pos !== caretParagraph(previous)?.pos;
              if (moved) schedule(DEBOUNCE_MS);
              else if (state !== pluginState(previous) && state.wakeIn !== null) schedule(state.wakeIn);
            },
            destroy() {
              clearTimeout(timer);
              stopObserving();
              i18n.off('languageChanged', onLanguage);
            },
          };
        },
      }),
    ];
  },

  addKeyboardShortcuts() {
    const shownHere = (): { pos: number; shown: ParagraphSuggestion | null } | null => {
      const paragraph = caretParagraph(this.editor.state);
      if (!paragraph || !this.editor.isEditable) return null;
      const state = liveSuggestionsKey.getState(this.editor.state);
      return { pos: paragraph.pos, shown: state ? suggestionAt(state, paragraph.pos, paragraph.node) : null };
    };
    return {
      // Accepts what is offered, or reads the paragraph at once when nothing is offered yet.
      [ACCEPT_SHORTCUT]: () => {
        const here = shownHere();
        if (!here || this.options.doc === null) return false;
        const paragraph = this.editor.state.doc.nodeAt(here.pos);
        const suggestion =
          here.shown?.suggestion ??
          recogniser?.(
            paragraph?.textContent ?? '',
            suggestionContextOf(this.editor.state.doc, this.options.meetingDate),
          );
        return suggestion != null && convertParagraph(this.editor, here.pos, suggestion);
      },
      // From a paragraph with an offer, Tab goes to its buttons (Escape or Shift+Tab comes back).
      Tab: () => {
        const here = shownHere();
        if (!here?.shown) return false;
        const dom = this.editor.view.nodeDOM(here.pos);
        const button =
          dom instanceof HTMLElement ? dom.querySelector<HTMLElement>('.live-suggestion__accept') : null;
        button?.focus();
        return button !== null;
      },
    };
  },
});

function pluginState(state: EditorState): SuggestionsState {
  return liveSuggestionsKey.getState(state) ?? emptySuggestions;
}
