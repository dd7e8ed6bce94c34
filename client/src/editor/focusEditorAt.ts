import type { Editor } from '@tiptap/core';
import { NodeSelection, Selection } from '@tiptap/pm/state';

/**
 * Focuses the editor on the node at `pos`: a node selection for a selectable atom, otherwise the
 * caret at the start (or end) of its text. Returns false when there is no node there.
 */
export function focusEditorAt(editor: Editor, pos: number, where: 'start' | 'end' = 'start'): boolean {
  const node = editor.state.doc.nodeAt(pos);
  if (!node) return false;
  return editor
    .chain()
    .focus()
    .command(({ tr }) => {
      if (node.isAtom && NodeSelection.isSelectable(node)) {
        tr.setSelection(NodeSelection.create(tr.doc, pos));
      } else if (where === 'end') {
        tr.setSelection(Selection.near(tr.doc.resolve(pos + node.nodeSize - 1), -1));
      } else {
        tr.setSelection(Selection.near(tr.doc.resolve(pos + 1)));
      }
      return true;
    })
    .scrollIntoView()
    .run();
}
