export { minutesDocument } from './minutesDocument.js';
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
export { analyseMinutes, type LineRole, type MinutesAnalysis, recogniseMinutes } from './recogniseMinutes.js';
export { createAssigneeResolver } from './resolveAssignees.js';
export { resolveDueDate } from './resolveDueDate.js';
export { type Suggestion, type SuggestionContext, suggestionFor } from './suggestionFor.js';
