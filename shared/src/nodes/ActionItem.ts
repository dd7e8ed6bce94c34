import { mergeAttributes, Node, textblockTypeInputRule } from '@tiptap/core';
import { listAttribute, newNodeId, nodeIdAttribute, textAttribute } from './nodeId.js';
import { updateNodeById } from './updateNodeById.js';

export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export interface ActionItemAttributes {
  id: string | null;
  /** Attendee names, or anyone else written freely. */
  assignees: string[];
  /** A date as YYYY-MM-DD, or a named future meeting such as "nästa styrgruppsmöte". */
  due: string | null;
  status: ActionItemStatus;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    actionItem: {
      /** Turns the current paragraph into an action item. */
      setActionItem: (attributes?: Partial<Omit<ActionItemAttributes, 'id'>>) => ReturnType;
      updateActionItem: (id: string, attributes: Partial<Omit<ActionItemAttributes, 'id'>>) => ReturnType;
      toggleActionItemDone: (id: string) => ReturnType;
    };
  }
}

/** "Åtgärd:", "Uppdrag:" or "ACTION:" typed at the start of a paragraph makes it an action item. */
const ACTION_PREFIX = /^(?:Åtgärd|Uppdrag|Action|Todo)\s?:\s$/i;

/** A task: what is to be done, by whom, by when, and whether it is done. */
// Pure: a bundle that does not use the node leaves Tiptap out.
export const ActionItem = /* @__PURE__ */ Node.create({
  name: 'actionItem',
  group: 'block',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return {
      id: nodeIdAttribute,
      assignees: listAttribute('assignees'),
      due: textAttribute('due'),
      status: textAttribute('status', 'open'),
    };
  },

  parseHTML() {
    return [{ tag: 'p[data-type="action-item"]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { 'data-type': 'action-item' }), 0];
  },

  addCommands() {
    return {
      setActionItem:
        (attributes = {}) =>
        ({ commands }) =>
          commands.setNode(this.name, { status: 'open', ...attributes, id: newNodeId() }),
      updateActionItem:
        (id, attributes) =>
        ({ tr }) =>
          updateNodeById(tr, this.name, id, () => attributes),
      toggleActionItemDone:
        (id) =>
        ({ tr }) =>
          updateNodeById(tr, this.name, id, (attrs) => ({
            status: attrs.status === 'done' ? 'open' : 'done',
          })),
    };
  },

  addInputRules() {
    return [
      textblockTypeInputRule({
        find: ACTION_PREFIX,
        type: this.type,
        getAttributes: () => ({ id: newNodeId() }),
      }),
    ];
  },

  addKeyboardShortcuts() {
    return { 'Mod-Alt-t': () => this.editor.commands.setActionItem() };
  },
});
