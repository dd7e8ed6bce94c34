import type { Meeting } from '@minutes/shared';
import { useIdentity } from '../identity/useIdentity';
import { MinutesSession } from './MinutesSession';
import { NamePrompt } from './NamePrompt';

/** Asks for the person's name once, then opens the shared minutes. */
export function MeetingWorkspace({ meeting }: { meeting: Meeting }) {
  const { identity, setName } = useIdentity();
  if (identity === null) return <NamePrompt onSubmit={setName} />;
  return <MinutesSession meeting={meeting} identity={identity} onRename={setName} />;
}
