import { Access, type MeetingId } from '@minutes/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { CollabSession, type CollabStatus } from './CollabSession';

/**
 * The collaboration session of one meeting, created when the component mounts and destroyed when
 * it unmounts. It is null on the first render; under StrictMode the first session is destroyed
 * and a second one takes its place.
 */
export function useCollaboration(meetingId: MeetingId): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  useEffect(() => {
    const created = new CollabSession(meetingId);
    setSession(created);
    return () => {
      created.destroy();
      setSession(null);
    };
  }, [meetingId]);
  return session;
}

const NO_SESSION: CollabStatus = {
  connection: 'connecting',
  saved: false,
  closed: null,
  schemaOutdated: false,
  access: Access.Writable,
  stateChanges: 0,
};
const noSubscription = () => () => {};

export function useCollabStatus(session: CollabSession | null): CollabStatus {
  return useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getStatus ?? (() => NO_SESSION));
}
