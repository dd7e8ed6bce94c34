import { type Editor, useEditorState } from '@tiptap/react';

/** Whether the editor takes edits; node views disable their controls when it does not. */
export function useEditable(editor: Editor): boolean {
  return useEditorState({ editor, selector: ({ editor: current }) => current.isEditable });
}
