import { InputRule, mergeAttributes, Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { newNodeId, nodeIdAttribute, textAttribute } from './nodeId.js';
import { updateNodeById } from './updateNodeById.js';

export const AGENDA_ITEM_STATUSES = ['open', 'done', 'tabled'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

export interface AgendaItemAttributes {
  id: string | null;
  presenter: string | null;
  status: AgendaItemStatus;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    agendaItem: {
      /** Inserts a new agenda item after the one the selection is in (or at the selection). */
      insertAgendaItem: (title?: string) => ReturnType;
      setAgendaItemStatus: (id: string, status: AgendaItemStatus) => ReturnType;
      setAgendaItemPresenter: (id: string, presenter: string | null) => ReturnType;
    };
  }
}

/** What may be written inside an agenda item. Agenda items do not nest. */
export const AGENDA_ITEM_CONTENT =
  'agendaItemTitle (paragraph | bulletList | orderedList | blockquote | decision | actionItem)*';

/** "Bordläggs" at the start of a paragraph tables the agenda item it is written in. */
const TABLED = /^(?:Bordläggs|Bordlades|Tabled)\s$/i;

/** A numbered section of the agenda: a title, an optional presenter, a status, and its notes. */
// Pure: a bundle that does not use the node leaves Tiptap out.
export const AgendaItem = /* @__PURE__ */ Node.create({
  name: 'agendaItem',
  group: 'block',
  content: AGENDA_ITEM_CONTENT,
  defining: true,
  isolating: false,

  addAttributes() {
    return {
      id: nodeIdAttribute,
      presenter: textAttribute('presenter'),
      status: textAttribute('status', 'open'),
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-type="agenda-item"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'agenda-item' }), 0];
  },

  addCommands() {
    return {
      insertAgendaItem:
        (title = '') =>
        ({ tr, state, dispatch }) => {
          const { $from } = state.selection;
          let insertAt = $from.pos;
          for (let depth = $from.depth; depth > 0; depth--) {
            if ($from.node(depth).type.name === this.name) {
              insertAt = $from.after(depth);
              break;
            }
          }
          if (insertAt === $from.pos && $from.depth > 0) insertAt = $from.after(1);
          const { agendaItemTitle, paragraph } = state.schema.nodes;
          if (!agendaItemTitle || !paragraph) return false;
          const item = this.type.create({ id: newNodeId() }, [
            agendaItemTitle.create(null, title ? state.schema.text(title) : null),
            paragraph.create(),
          ]);
          if (dispatch) {
            tr.insert(insertAt, item);
            tr.setSelection(TextSelection.near(tr.doc.resolve(insertAt + 2)));
            tr.scrollIntoView();
          }
          return true;
        },
      setAgendaItemStatus:
        (id, status) =>
        ({ tr }) =>
          updateNodeById(tr, this.name, id, () => ({ status })),
      setAgendaItemPresenter:
        (id, presenter) =>
        ({ tr }) =>
          updateNodeById(tr, this.name, id, () => ({ presenter })),
    };
  },

  addInputRules() {
    return [
      new InputRule({
        find: TABLED,
        handler: ({ state, range }) => {
          const $start = state.doc.resolve(range.from);
          if ($start.parentOffset !== 0 || $start.parent.type.name !== 'paragraph') return null;
          for (let depth = $start.depth; depth > 0; depth--) {
            const node = $start.node(depth);
            if (node.type.name === this.name) {
              // The typed text stays as it is; only the agenda item changes.
              state.tr.setNodeMarkup($start.before(depth), undefined, { ...node.attrs, status: 'tabled' });
              return;
            }
          }
          return null;
        },
      }),
    ];
  },
});
