export * from './access/api.js';
export * from './access/Role.js';
export * from './across/api.js';
export { CloseCode, closeReason, isPermanentClose } from './CloseCode.js';
export { DOCUMENT_SCHEMA_SPEC, documentSchema } from './documentSchema.js';
export { DOCUMENT_FIELD, NODES_WITH_ID, SCHEMA_VERSION } from './documentShape.js';
export { editorExtensions } from './editorExtensions.js';
export { type ExtractOptions, emptyMinutes, extractMinutes } from './extract/extractMinutes.js';
export type * from './extract/Minutes.js';
export { IMPORT_FAILURES, type ImportFailure } from './ImportFailure.js';
export { isMeetingId, type Meeting, type MeetingId, NewMeeting } from './Meeting.js';
export { Access, MessageType, SAVED_PARAM, SCHEMA_PARAM, Storage, TOKEN_PARAM } from './MessageType.js';
export { meetingTemplate, minutesContent } from './minutesContent.js';
export { minutesSchema } from './minutesSchema.js';
export { minutesToMarkdown } from './minutesToMarkdown.js';
export {
  ACTION_ITEM_STATUSES,
  ActionItem,
  type ActionItemAttributes,
  type ActionItemStatus,
} from './nodes/ActionItem.js';
export {
  AGENDA_ITEM_STATUSES,
  AgendaItem,
  type AgendaItemAttributes,
  type AgendaItemStatus,
} from './nodes/AgendaItem.js';
export { AgendaItemTitle } from './nodes/AgendaItemTitle.js';
export {
  ATTENDANCES,
  type Attendance,
  Attendee,
  type AttendeeAttributes,
  DUTIES,
  type Duty,
} from './nodes/Attendee.js';
export { AttendeeList } from './nodes/AttendeeList.js';
export { Decision, type DecisionAttributes } from './nodes/Decision.js';
export { MeetingHeader, type MeetingHeaderAttributes } from './nodes/MeetingHeader.js';
export { NextMeeting, type NextMeetingAttributes } from './nodes/NextMeeting.js';
export { newNodeId } from './nodes/nodeId.js';
