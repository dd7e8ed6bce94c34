import { mergeAttributes, Node } from '@tiptap/core';
import { newNodeId, nodeIdAttribute, textAttribute } from './nodeId.js';
import { updateNodeById } from './updateNodeById.js';

export const ATTENDANCES = ['present', 'remote', 'absent', 'excused'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const DUTIES = ['chair', 'secretary', 'verifier'] as const;
export type Duty = (typeof DUTIES)[number];

export interface AttendeeAttributes {
  id: string | null;
  name: string;
  role: string | null;
  organisation: string | null;
  attendance: Attendance;
  duty: Duty | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attendee: {
      /** Sets fields of the attendee with this id. */
      updateAttendee: (id: string, attributes: Partial<Omit<AttendeeAttributes, 'id'>>) => ReturnType;
      /** Marks the attendees with these names present (a name not in the list is added). */
      markPresent: (names: string[]) => ReturnType;
    };
  }
}

/** One row of the attendee list. */
// Pure: a bundle that does not use the node leaves Tiptap out.
export const Attendee = /* @__PURE__ */ Node.create({
  name: 'attendee',
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      id: nodeIdAttribute,
      name: textAttribute('name', ''),
      role: textAttribute('role'),
      organisation: textAttribute('organisation'),
      attendance: textAttribute('attendance', 'present'),
      duty: textAttribute('duty'),
    };
  },

  parseHTML() {
    return [{ tag: 'li[data-type="attendee"]' }];
  },

  renderHTML({ HTMLAttributes, node }) {
    const { name, role, organisation } = node.attrs as AttendeeAttributes;
    return [
      'li',
      mergeAttributes(HTMLAttributes, { 'data-type': 'attendee' }),
      [name, role, organisation].filter(Boolean).join(', '),
    ];
  },

  addCommands() {
    return {
      updateAttendee:
        (id, attributes) =>
        ({ tr }) =>
          updateNodeById(tr, this.name, id, () => attributes),
      markPresent:
        (names) =>
        ({ tr, state, dispatch }) => {
          const wanted = new Map(names.map((name) => [name.trim().toLocaleLowerCase('sv'), name.trim()]));
          let listEnd: number | null = null;
          state.doc.descendants((node, pos) => {
            if (node.type.name === 'attendeeList' && listEnd === null) listEnd = pos + node.nodeSize - 1;
            if (node.type.name !== this.name) return true;
            const key = String(node.attrs.name ?? '')
              .trim()
              .toLocaleLowerCase('sv');
            if (!wanted.has(key)) return false;
            wanted.delete(key);
            if (node.attrs.attendance !== 'present' && node.attrs.attendance !== 'remote') {
              tr.setNodeMarkup(tr.mapping.map(pos), undefined, { ...node.attrs, attendance: 'present' });
            }
            return false;
          });
          if (listEnd !== null) {
            const rows = [...wanted.values()].map((name) =>
              state.schema.nodes.attendee?.create({ id: newNodeId(), name, attendance: 'present' }),
            );
            const insertAt = tr.mapping.map(listEnd);
            tr.insert(
              insertAt,
              rows.filter((row) => row !== undefined),
            );
          }
          if (dispatch && tr.docChanged) dispatch(tr);
          return true;
        },
    };
  },
});
