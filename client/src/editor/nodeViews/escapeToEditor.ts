import type { Editor } from '@tiptap/core';
import type { KeyboardEvent } from 'react';
import { focusEditorAt } from '../focusEditorAt';

const CONTROL = 'input, select, textarea, button';

/**
 * A keydown handler for a node view: Escape in one of its form controls returns to the text, at
 * this node. Keys typed in the node's text are the editor's and pass through.
 */
export function escapeToEditor(editor: Editor, getPos: () => number | undefined) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (!(event.target instanceof Element) || !event.target.matches(CONTROL)) return;
    const pos = getPos();
    if (pos === undefined) return;
    event.preventDefault();
    focusEditorAt(editor, pos);
  };
}
