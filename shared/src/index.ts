export { CloseCode, closeReason, isPermanentClose } from './CloseCode.js';
export { DOCUMENT_FIELD, editorExtensions } from './editorExtensions.js';
export { isMeetingId, type Meeting, type MeetingId, NewMeeting } from './Meeting.js';
export { MessageType, SAVED_PARAM } from './MessageType.js';
