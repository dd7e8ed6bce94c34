import { mergeAttributes, Node } from '@tiptap/core';

/** The title line of an agenda item: plain text, so that people can write it together. */
// Pure: a bundle that does not use the node leaves Tiptap out.
export const AgendaItemTitle = /* @__PURE__ */ Node.create({
  name: 'agendaItemTitle',
  content: 'text*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: 'h2[data-type="agenda-item-title"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['h2', mergeAttributes(HTMLAttributes, { 'data-type': 'agenda-item-title' }), 0];
  },
});
