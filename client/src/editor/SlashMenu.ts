import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion, type SuggestionProps } from '@tiptap/suggestion';
import { i18n } from '../i18n/i18n';
import { filterInsertable } from './filterInsertable';
import { INSERTABLE_NODES, type InsertableNode } from './insertableNodes';
import { insertNode } from './insertNode';
import { keyShortcut } from './keyShortcut';
import { SlashMenuPopup } from './SlashMenuPopup';

type Props = SuggestionProps<InsertableNode, InsertableNode>;

const labelOf = (node: InsertableNode) => i18n.t(`nodes.${node.name}`);

/** "/" opens a list of the blocks to insert, filtered by what follows the slash. */
export const SlashMenu = Extension.create({
  name: 'slashMenu',

  addProseMirrorPlugins() {
    return [
      Suggestion<InsertableNode, InsertableNode>({
        editor: this.editor,
        pluginKey: new PluginKey('slashMenu'),
        char: '/',
        items: ({ query }) => filterInsertable(INSERTABLE_NODES, query, labelOf),
        command: ({ editor, range, props: node }) => {
          insertNode(editor, node, editor.chain().focus().deleteRange(range));
        },
        render: () => {
          let popup: SlashMenuPopup | null = null;
          let unmount: (() => void) | null = null;
          return {
            onStart: (props: Props) => {
              popup = new SlashMenuPopup(
                props.editor.view.dom,
                {
                  label: i18n.t('slashMenu.label'),
                  empty: i18n.t('slashMenu.empty'),
                  labelOf,
                  shortcutOf: (node) => keyShortcut(node.shortcut),
                },
                props.command,
              );
              popup.update(props.items, props.command);
              unmount = props.mount(popup.element);
            },
            onUpdate: (props: Props) => popup?.update(props.items, props.command),
            onKeyDown: ({ event }) => popup?.onKeyDown(event) ?? false,
            onExit: () => {
              unmount?.();
              popup?.destroy();
              unmount = null;
              popup = null;
            },
          };
        },
      }),
    ];
  },
});
