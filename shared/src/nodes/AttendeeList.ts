import { mergeAttributes, Node } from '@tiptap/core';
import { newNodeId, nodeIdAttribute } from './nodeId.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attendeeList: {
      insertAttendeeList: () => ReturnType;
      /** Adds an empty attendee row to the (first) attendee list. */
      addAttendee: (name?: string) => ReturnType;
    };
  }
}

/** Närvarande: the attendee rows of the meeting. */
// Pure: a bundle that does not use the node leaves Tiptap out.
export const AttendeeList = /* @__PURE__ */ Node.create({
  name: 'attendeeList',
  group: 'block',
  content: 'attendee*',
  isolating: true,
  selectable: false,

  addAttributes() {
    return { id: nodeIdAttribute };
  },

  parseHTML() {
    return [{ tag: 'ul[data-type="attendee-list"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['ul', mergeAttributes(HTMLAttributes, { 'data-type': 'attendee-list' }), 0];
  },

  addCommands() {
    return {
      insertAttendeeList:
        () =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { id: newNodeId() }, content: [] }),
      addAttendee:
        (name = '') =>
        ({ tr, state, dispatch }) => {
          let end: number | null = null;
          state.doc.descendants((node, pos) => {
            if (end === null && node.type.name === this.name) end = pos + node.nodeSize - 1;
            return end === null;
          });
          const row = state.schema.nodes.attendee?.create({ id: newNodeId(), name, attendance: 'present' });
          if (end === null || !row) return false;
          if (dispatch) dispatch(tr.insert(end, row));
          return true;
        },
    };
  },
});
