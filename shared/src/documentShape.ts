// What every minutes document shares, whichever side reads it; no editor code, so the server can
// import it without loading Tiptap.

/** Name of the Y.XmlFragment that holds the document (Tiptap's Collaboration default). */
export const DOCUMENT_FIELD = 'default';

/**
 * Version of the document's shape. Raise it whenever a node or attribute changes; a client that
 * speaks an older version may read but not write.
 */
export const SCHEMA_VERSION = 2;

/** Node types that carry a stable `id`. */
export const NODES_WITH_ID = [
  'meetingHeader',
  'attendeeList',
  'attendee',
  'agendaItem',
  'decision',
  'actionItem',
  'nextMeeting',
] as const;
