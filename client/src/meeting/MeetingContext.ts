import { type Meeting, type MeetingAccess, type MeetingState, may, type Permission } from '@minutes/shared';
import { createContext, useContext } from 'react';

/** The meeting on the page and what the signed-in person may do in it; node views read it too. */
export interface MeetingContextValue {
  readonly meeting: Meeting;
  readonly state: MeetingState;
  /** Asks the server for the state again, after a change here or elsewhere. */
  readonly refresh: () => void;
}

export const MeetingContext = createContext<MeetingContextValue | null>(null);

export function useMeetingContext(): MeetingContextValue {
  const value = useContext(MeetingContext);
  if (value === null) throw new Error('useMeetingContext is used outside a meeting page');
  return value;
}

/** Whether the signed-in person may do `permission` in this meeting (admins may do everything). */
export function mayIn(state: Pick<MeetingState, 'role' | 'admin'>, permission: Permission): boolean {
  const access: MeetingAccess = { role: state.role, admin: state.admin };
  return may(access, permission);
}
