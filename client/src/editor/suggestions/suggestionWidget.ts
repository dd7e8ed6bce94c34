import type { EditorView } from '@tiptap/pm/view';
import { Decoration } from '@tiptap/pm/view';
import { formatDate } from '../../i18n/formatDate';
import { currentLanguage, i18n } from '../../i18n/i18n';
import { keyShortcut } from '../keyShortcut';
import type { ParagraphSuggestion } from './suggestionsState';

export const ACCEPT_SHORTCUT = 'Mod-Alt-Enter';

/** What the widget's buttons do, given the widget's position (the end of its paragraph's text). */
export interface WidgetActions {
  accept(pos: number): void;
  dismiss(pos: number): void;
  /** Puts the caret back at the end of the paragraph's text. */
  backToText(pos: number): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function hidden(text: string): HTMLElement {
  return element('span', 'visually-hidden', text);
}

function acceptButton({ suggestion }: ParagraphSuggestion): HTMLButtonElement {
  const t = i18n.t.bind(i18n);
  const shortcut = keyShortcut(ACCEPT_SHORTCUT);
  const button = element(
    'button',
    'live-suggestion__accept',
    suggestion.kind === 'decision' ? t('suggestions.decision') : t('suggestions.action'),
  );
  if (suggestion.kind === 'action') {
    if (suggestion.assignees.length > 0) {
      button.append(
        element(
          'span',
          'live-suggestion__detail',
          hidden(`${t('suggestions.assignees')} `),
          suggestion.assignees.join(', '),
        ),
      );
    }
    if (suggestion.due !== null) {
      button.append(
        element(
          'span',
          'live-suggestion__detail',
          hidden(`${t('suggestions.due')} `),
          formatDate(suggestion.due, currentLanguage()),
        ),
      );
    }
  }
  button.type = 'button';
  button.title = shortcut.label;
  button.setAttribute('aria-keyshortcuts', shortcut.aria);
  return button;
}

/**
 * A quiet offer after a paragraph that reads as a decision or a task: "Gör till beslut?" (with the
 * assignees and due date for a task) and "Avfärda". Real buttons, outside the document's text.
 */
export function suggestionWidget(pos: number, spec: ParagraphSuggestion, actions: WidgetActions): Decoration {
  const { suggestion } = spec;
  const details = suggestion.kind === 'action' ? [suggestion.assignees.join(','), suggestion.due] : [];
  const toDOM = (_view: EditorView, getPos: () => number | undefined): HTMLElement => {
    const accept = acceptButton(spec);
    const dismiss = element('button', 'live-suggestion__dismiss', i18n.t('suggestions.dismiss'));
    dismiss.type = 'button';
    dismiss.setAttribute(
      'aria-label',
      i18n.t('suggestions.dismissLabel', { suggestion: accept.firstChild?.textContent ?? '' }),
    );
    const widget = element('span', `live-suggestion live-suggestion--${suggestion.kind}`, accept, dismiss);
    widget.contentEditable = 'false';
    widget.setAttribute('role', 'group');
    widget.setAttribute('aria-label', i18n.t('suggestions.group'));
    widget.dataset.testid = 'live-suggestion';
    const at = (run: (pos: number) => void) => () => {
      const current = getPos();
      if (current !== undefined) run(current);
    };
    accept.addEventListener('click', at(actions.accept));
    dismiss.addEventListener('click', at(actions.dismiss));
    widget.addEventListener('keydown', (event) => {
      const leaving =
        event.key === 'Escape' || (event.key === 'Tab' && event.shiftKey && event.target === accept);
      if (!leaving) return;
      event.preventDefault();
      at(actions.backToText)();
    });
    return widget;
  };
  return Decoration.widget(pos, toDOM, {
    ...spec,
    key: [suggestion.kind, spec.key, ...details, i18n.language].join('|'),
    side: 1,
    // A caret moved into the widget (arrow keys across a wrapped line) lands at the paragraph's end.
    ignoreSelection: false,
    stopEvent: () => true,
  });
}
