import { Schema } from '@tiptap/pm/model';

/**
 * The minutes document's ProseMirror schema as data: node and mark names in order, content
 * expressions, groups and attribute defaults, which is all that reading, checking and writing a
 * document needs. The server builds its schema from this, without the editor's Tiptap extensions
 * (about 3 MB less memory in every server process). `documentSchema.test.ts` checks that it equals
 * the schema Tiptap builds from `editorExtensions()`, so a change to an extension fails there
 * until this is changed with it.
 */
export const DOCUMENT_SCHEMA_SPEC = {
  topNode: 'doc',
  nodes: {
    paragraph: {
      content: 'inline*',
      group: 'block',
    },
    blockquote: {
      content: 'block+',
      group: 'block',
      defining: true,
    },
    bulletList: {
      content: 'listItem+',
      group: 'block list',
    },
    codeBlock: {
      content: 'text*',
      marks: '',
      group: 'block',
      code: true,
      defining: true,
      attrs: {
        language: {
          default: null,
        },
      },
    },
    doc: {
      content: 'block+',
    },
    hardBreak: {
      group: 'inline',
      inline: true,
      selectable: false,
      linebreakReplacement: true,
    },
    heading: {
      content: 'inline*',
      group: 'block',
      defining: true,
      attrs: {
        level: {
          default: 1,
        },
      },
    },
    horizontalRule: {
      group: 'block',
    },
    listItem: {
      content: 'paragraph block*',
      defining: true,
    },
    orderedList: {
      content: 'listItem+',
      group: 'block list',
      attrs: {
        start: {
          default: 1,
        },
        type: {
          default: null,
        },
      },
    },
    text: {
      group: 'inline',
    },
    meetingHeader: {
      group: 'block',
      atom: true,
      selectable: true,
      draggable: false,
      attrs: {
        id: {
          default: null,
        },
        series: {
          default: null,
        },
        title: {
          default: null,
        },
        date: {
          default: null,
        },
        startTime: {
          default: null,
        },
        endTime: {
          default: null,
        },
        room: {
          default: null,
        },
        videoLink: {
          default: null,
        },
      },
    },
    attendeeList: {
      content: 'attendee*',
      group: 'block',
      selectable: false,
      isolating: true,
      attrs: {
        id: {
          default: null,
        },
      },
    },
    attendee: {
      atom: true,
      selectable: true,
      attrs: {
        id: {
          default: null,
        },
        name: {
          default: '',
        },
        role: {
          default: null,
        },
        organisation: {
          default: null,
        },
        attendance: {
          default: 'present',
        },
        duty: {
          default: null,
        },
      },
    },
    agendaItem: {
      content: 'agendaItemTitle (paragraph | bulletList | orderedList | blockquote | decision | actionItem)*',
      group: 'block',
      defining: true,
      isolating: false,
      attrs: {
        id: {
          default: null,
        },
        presenter: {
          default: null,
        },
        status: {
          default: 'open',
        },
      },
    },
    agendaItemTitle: {
      content: 'text*',
      marks: '',
      defining: true,
    },
    decision: {
      content: 'inline*',
      group: 'block',
      defining: true,
      attrs: {
        id: {
          default: null,
        },
        reservations: {
          default: [],
        },
        verifiedBy: {
          default: null,
        },
        verifiedAt: {
          default: null,
        },
      },
    },
    actionItem: {
      content: 'inline*',
      group: 'block',
      defining: true,
      attrs: {
        id: {
          default: null,
        },
        assignees: {
          default: [],
        },
        due: {
          default: null,
        },
        status: {
          default: 'open',
        },
      },
    },
    nextMeeting: {
      group: 'block',
      atom: true,
      selectable: true,
      attrs: {
        id: {
          default: null,
        },
        date: {
          default: null,
        },
        time: {
          default: null,
        },
        place: {
          default: null,
        },
      },
    },
  },
  marks: {
    link: {
      inclusive: true,
      attrs: {
        href: {
          default: null,
        },
        target: {
          default: '_blank',
        },
        rel: {
          default: 'noopener noreferrer nofollow',
        },
        class: {
          default: null,
        },
        title: {
          default: null,
        },
      },
    },
    bold: {},
    code: {
      excludes: '_',
      code: true,
    },
    italic: {},
    strike: {},
    underline: {},
  },
};

/** The ProseMirror schema of a minutes document, for reading and writing documents on the server. */
export function documentSchema(): Schema {
  return new Schema(DOCUMENT_SCHEMA_SPEC);
}
