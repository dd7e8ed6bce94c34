import type { CollabSession } from '../collab/CollabSession';
import type { Participant } from '../collab/usePresence';
import { MinutesEditor } from '../editor/MinutesEditor';
import { useLinkedNode } from '../editor/useLinkedNode';
import { useMinutesEditor } from '../editor/useMinutesEditor';
import type { Identity } from '../identity/useIdentity';
import { MinutesPanel } from '../panel/MinutesPanel';
import { PresenceList } from './PresenceList';

interface LiveMinutesProps {
  session: CollabSession;
  user: Identity;
  participants: Participant[];
  meetingDate: string;
  synced: boolean;
  readOnly: boolean;
}

/** The editor, and next to it who is here and the decisions and tasks so far. */
export function LiveMinutes({
  session,
  user,
  participants,
  meetingDate,
  synced,
  readOnly,
}: LiveMinutesProps) {
  const editor = useMinutesEditor(session, user, meetingDate, readOnly);
  useLinkedNode(editor, synced);
  return (
    <div className="session__layout">
      <div className="session__editor">
        <MinutesEditor editor={editor} />
      </div>
      <div className="session__aside">
        <PresenceList participants={participants} />
        <MinutesPanel editor={editor} meetingDate={meetingDate} synced={synced} />
      </div>
    </div>
  );
}
