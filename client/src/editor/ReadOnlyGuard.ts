import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * While the editor is read-only (the server has a newer schema and ignores our updates), drops every
 * local change, including those a node view's form control or a command would make. Changes from
 * the others still arrive.
 */
export const ReadOnlyGuard = Extension.create({
  name: 'readOnlyGuard',

  addProseMirrorPlugins() {
    const { editor } = this;
    return [
      new Plugin({
        key: new PluginKey('readOnlyGuard'),
        filterTransaction: (transaction) =>
          editor.isEditable || !transaction.docChanged || isChangeOrigin(transaction),
      }),
    ];
  },
});
