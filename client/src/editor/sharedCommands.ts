import type { AgendaItem } from '@minutes/shared';

// shared/ declares its typed commands on the CommonJS typings of @tiptap/core (tsc reads its
// declarations as NodeNext), while this Bundler project reads the ESM ones. Their signatures are
// taken from there (through a shared node's `addCommands`) and declared again on the ESM typings.
type AddCommands = NonNullable<(typeof AgendaItem)['config']['addCommands']>;
type SharedRawCommands = Required<ReturnType<AddCommands>>;

type MinutesCommandName =
  | 'insertMeetingHeader'
  | 'updateMeetingHeader'
  | 'insertAttendeeList'
  | 'addAttendee'
  | 'updateAttendee'
  | 'markPresent'
  | 'insertAgendaItem'
  | 'setAgendaItemStatus'
  | 'setAgendaItemPresenter'
  | 'setDecision'
  | 'setDecisionReservations'
  | 'setActionItem'
  | 'updateActionItem'
  | 'toggleActionItemDone'
  | 'insertNextMeeting'
  | 'updateNextMeeting';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    minutes: {
      [Name in MinutesCommandName]: (...args: Parameters<SharedRawCommands[Name]>) => ReturnType;
    };
  }
}
