import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

export interface Participant {
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  readonly isSelf: boolean;
}

function participantsOf(awareness: Awareness): Participant[] {
  const participants: Participant[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user: unknown = state.user;
    if (typeof user !== 'object' || user === null) continue;
    const { name, color } = user as { name?: unknown; color?: unknown };
    if (typeof name !== 'string' || name.trim() === '') continue;
    participants.push({
      clientId,
      name,
      color: typeof color === 'string' ? color : 'transparent',
      isSelf: clientId === awareness.clientID,
    });
  }
  return participants.sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name) || a.clientId - b.clientId,
  );
}

/** Everyone whose awareness state names them, yourself first, kept up to date. */
export function usePresence(awareness: Awareness | null): Participant[] {
  const [participants, setParticipants] = useState<Participant[]>([]);
  useEffect(() => {
    if (awareness === null) {
      setParticipants([]);
      return;
    }
    const refresh = () => setParticipants(participantsOf(awareness));
    refresh();
    awareness.on('change', refresh);
    return () => awareness.off('change', refresh);
  }, [awareness]);
  return participants;
}
