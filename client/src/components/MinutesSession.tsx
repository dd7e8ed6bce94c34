import type { MeetingId } from '@minutes/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCollaboration, useCollabStatus } from '../collab/useCollaboration';
import { usePresence } from '../collab/usePresence';
import { MinutesEditor } from '../editor/MinutesEditor';
import type { Identity } from '../identity/useIdentity';
import { ConnectionStatus } from './ConnectionStatus';
import { NamePrompt } from './NamePrompt';
import { PresenceList } from './PresenceList';

interface MinutesSessionProps {
  meetingId: MeetingId;
  identity: Identity;
  onRename: (name: string) => void;
}

/** The live part of a meeting page: connection and save status, who is here, and the editor. */
export function MinutesSession({ meetingId, identity, onRename }: MinutesSessionProps) {
  const { t } = useTranslation();
  const session = useCollaboration(meetingId);
  const status = useCollabStatus(session);
  const participants = usePresence(session?.provider.awareness ?? null);
  const [renaming, setRenaming] = useState(false);

  return (
    <div className="session">
      <div className="session__bar">
        <ConnectionStatus status={status} />
        <div className="session__identity">
          <span className="presence__swatch" style={{ backgroundColor: identity.color }} aria-hidden="true" />
          <span>{t('name.current', { name: identity.name })}</span>
          {!renaming && (
            <button type="button" className="button button--small" onClick={() => setRenaming(true)}>
              {t('name.change')}
            </button>
          )}
        </div>
      </div>
      {renaming && (
        <NamePrompt
          initialName={identity.name}
          onSubmit={(name) => {
            onRename(name);
            setRenaming(false);
          }}
          onCancel={() => setRenaming(false)}
        />
      )}
      <div className="session__layout">
        <div className="session__editor">
          {session !== null && <MinutesEditor key={session.doc.guid} session={session} user={identity} />}
        </div>
        <div className="session__aside">
          <PresenceList participants={participants} />
        </div>
      </div>
    </div>
  );
}
