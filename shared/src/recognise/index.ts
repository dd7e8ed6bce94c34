export type {
  MinutesFormat,
  MinutesLanguage,
  RecognisedAction,
  RecognisedAgendaItem,
  RecognisedAttendee,
  RecognisedDecision,
  RecognisedMinutes,
  RecognisedNextMeeting,
  RecognisedTabledItem,
  RecogniseOptions,
} from './RecognisedMinutes.js';
export { recogniseMinutes } from './recogniseMinutes.js';
export { createAssigneeResolver } from './resolveAssignees.js';
export { resolveDueDate } from './resolveDueDate.js';
