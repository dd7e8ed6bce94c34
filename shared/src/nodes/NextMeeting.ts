import { mergeAttributes, Node } from '@tiptap/core';
import { newNodeId, nodeIdAttribute, textAttribute } from './nodeId.js';
import { updateNodeById } from './updateNodeById.js';

export interface NextMeetingAttributes {
  id: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** HH:MM, or a span such as 10.00–12.00 */
  time: string | null;
  place: string | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    nextMeeting: {
      insertNextMeeting: (attributes?: Partial<Omit<NextMeetingAttributes, 'id'>>) => ReturnType;
      updateNextMeeting: (id: string, attributes: Partial<Omit<NextMeetingAttributes, 'id'>>) => ReturnType;
    };
  }
}

/** Nästa möte: when and where the group meets next. */
// Pure: a bundle that does not use the node leaves Tiptap out.
export const NextMeeting = /* @__PURE__ */ Node.create({
  name: 'nextMeeting',
  group: 'block',
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      id: nodeIdAttribute,
      date: textAttribute('date'),
      time: textAttribute('time'),
      place: textAttribute('place'),
    };
  },

  parseHTML() {
    return [{ tag: 'p[data-type="next-meeting"]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes, node }) {
    const { date, time, place } = node.attrs as NextMeetingAttributes;
    return [
      'p',
      mergeAttributes(HTMLAttributes, { 'data-type': 'next-meeting' }),
      [date, time, place].filter(Boolean).join(' · '),
    ];
  },

  addCommands() {
    return {
      insertNextMeeting:
        (attributes = {}) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { ...attributes, id: newNodeId() } }),
      updateNextMeeting:
        (id, attributes) =>
        ({ tr }) =>
          updateNodeById(tr, this.name, id, () => attributes),
    };
  },
});
