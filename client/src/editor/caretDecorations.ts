import type { DecorationAttrs } from '@tiptap/pm/view';
import { readableTextColor } from './readableTextColor';

const VALID_COLOR = /^#[0-9a-f]{6}$/i;

interface CaretUser {
  name?: unknown;
  color?: unknown;
}

function colorOf(user: CaretUser): string | null {
  return typeof user.color === 'string' && VALID_COLOR.test(user.color) ? user.color : null;
}

/** How another writer's caret and selection look: a coloured bar with their name above it. */
export const caretDecorations = {
  render(user: CaretUser): HTMLElement {
    const color = colorOf(user) ?? '#5c6670';
    const caret = document.createElement('span');
    caret.className = 'collaboration-carets__caret';
    // Screen readers would read the name as part of the text; the presence list names everyone.
    caret.setAttribute('aria-hidden', 'true');
    caret.style.borderColor = color;

    const label = document.createElement('span');
    label.className = 'collaboration-carets__label';
    label.style.backgroundColor = color;
    label.style.color = readableTextColor(color);
    label.textContent = typeof user.name === 'string' ? user.name : '';
    caret.append(label);
    return caret;
  },

  // Light enough (about 20 %) that text in the selection keeps its contrast.
  selectionRender(user: CaretUser): DecorationAttrs {
    const color = colorOf(user);
    if (color === null) return {};
    return { class: 'collaboration-carets__selection', style: `background-color: ${color}33` };
  },
};
