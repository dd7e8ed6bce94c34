import type { Editor } from '@tiptap/react';
import { findNode } from '../editor/findNode';
import { focusEditorAt } from '../editor/focusEditorAt';

/** Scrolls the editor to the node with this id and puts the caret at the end of its text. */
export function focusNodeById(editor: Editor, id: string): boolean {
  const found = findNode(editor.state.doc, (node) => node.attrs.id === id);
  if (!found || !focusEditorAt(editor, found.pos, 'end')) return false;
  const dom = editor.view.nodeDOM(found.pos);
  if (dom instanceof HTMLElement) {
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    dom.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  }
  return true;
}
