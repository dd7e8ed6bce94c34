import { mergeAttributes, Node } from '@tiptap/core';
import { newNodeId, nodeIdAttribute, textAttribute } from './nodeId.js';
import { updateNodeById } from './updateNodeById.js';

export interface MeetingHeaderAttributes {
  id: string | null;
  series: string | null;
  title: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** HH:MM */
  startTime: string | null;
  endTime: string | null;
  room: string | null;
  videoLink: string | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    meetingHeader: {
      insertMeetingHeader: (attributes?: Partial<MeetingHeaderAttributes>) => ReturnType;
      updateMeetingHeader: (
        id: string,
        attributes: Partial<Omit<MeetingHeaderAttributes, 'id'>>,
      ) => ReturnType;
    };
  }
}

/** The meeting's series, title, date, times and place. Edited as fields, not as running text. */
// Pure: a bundle that does not use the node leaves Tiptap out.
export const MeetingHeader = /* @__PURE__ */ Node.create({
  name: 'meetingHeader',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      id: nodeIdAttribute,
      series: textAttribute('series'),
      title: textAttribute('title'),
      date: textAttribute('date'),
      startTime: textAttribute('start-time'),
      endTime: textAttribute('end-time'),
      room: textAttribute('room'),
      videoLink: textAttribute('video-link'),
    };
  },

  parseHTML() {
    return [{ tag: 'header[data-type="meeting-header"]' }];
  },

  renderHTML({ HTMLAttributes, node }) {
    const { series, title, date, startTime, endTime, room, videoLink } =
      node.attrs as MeetingHeaderAttributes;
    const time = [startTime, endTime].filter(Boolean).join('–');
    return [
      'header',
      mergeAttributes(HTMLAttributes, { 'data-type': 'meeting-header' }),
      ['p', { class: 'series' }, series ?? ''],
      ['h1', {}, title ?? ''],
      ['p', {}, [date, time, room, videoLink].filter(Boolean).join(' · ')],
    ];
  },

  addCommands() {
    return {
      insertMeetingHeader:
        (attributes = {}) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { ...attributes, id: newNodeId() } }),
      updateMeetingHeader:
        (id, attributes) =>
        ({ tr }) =>
          updateNodeById(tr, this.name, id, () => attributes),
    };
  },
});
