import { Access, type MeetingId } from '@minutes/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { CollabSession, type CollabStatus } from './CollabSession';

/**
 * The collaboration session of one meeting, created when the component mounts and destroyed when
 * it unmounts. It is null on the first render; under StrictMode the first session is destroyed
 * and a second one takes its place.
 */
export function useCollaboration(meetingId: MeetingId): {
  session: CollabSession | null;
  /** A session was replaced because the server refused changes typed as the meeting was locked. */
  replacedAfterLock: boolean;
} {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation makes a new session.
  useEffect(() => {
    const created = new CollabSession(meetingId);
    setSession(created);
    // Refused changes would otherwise stay in this browser, and come back when the meeting reopens.
    const unsubscribe = created.subscribe(() => {
      if (!created.getStatus().refusedAfterLock) return;
      unsubscribe();
      created.destroy();
      void created.discardLocalCopy().finally(() => setGeneration((count) => count + 1));
    });
    return () => {
      unsubscribe();
      created.destroy();
      setSession(null);
    };
  }, [meetingId, generation]);
  return { session, replacedAfterLock: generation > 0 };
}

const NO_SESSION: CollabStatus = {
  connection: 'connecting',
  saved: false,
  closed: null,
  schemaOutdated: false,
  access: Access.Writable,
  stateChanges: 0,
  refusedAfterLock: false,
  serverNotSaving: false,
};
const noSubscription = () => () => {};

export function useCollabStatus(session: CollabSession | null): CollabStatus {
  return useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getStatus ?? (() => NO_SESSION));
}
