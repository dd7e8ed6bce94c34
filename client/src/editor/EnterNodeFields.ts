import { Extension } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';

/**
 * Enter on a selected form node (meeting header, attendee, next meeting) moves focus into its first
 * field, so that keyboard users reach the fields where they are; Escape in a field comes back.
 */
export const EnterNodeFields = Extension.create({
  name: 'enterNodeFields',
  // Before the default Enter, which would open a new paragraph next to the selected node.
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      Enter: () => {
        const { selection } = this.editor.state;
        if (!(selection instanceof NodeSelection)) return false;
        const dom = this.editor.view.nodeDOM(selection.from);
        const field =
          dom instanceof HTMLElement ? dom.querySelector<HTMLElement>('input, select, button') : null;
        if (!field) return false;
        field.focus();
        return true;
      },
    };
  },
});
