import type { Suggestion } from '@minutes/shared/recognise';
import type { Editor } from '@tiptap/core';

/**
 * Turns the paragraph at `pos` into what it was read as: a decision with the same text, or a task
 * with its assignees and due date. The caret ends at the end of its text. Inside a list the item is
 * lifted out first (setNode clears what cannot hold the new node).
 */
export function convertParagraph(editor: Editor, pos: number, suggestion: Suggestion): boolean {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== 'paragraph') return false;
  const chain = editor
    .chain()
    .focus()
    .setTextSelection(pos + node.nodeSize - 1);
  const converted =
    suggestion.kind === 'decision'
      ? chain.setDecision()
      : chain.setActionItem({ assignees: suggestion.assignees, due: suggestion.due });
  return converted.scrollIntoView().run();
}
