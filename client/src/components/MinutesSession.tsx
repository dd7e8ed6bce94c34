import type { Meeting } from '@minutes/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCollaboration, useCollabStatus } from '../collab/useCollaboration';
import { usePresence } from '../collab/usePresence';
import type { Identity } from '../identity/useIdentity';
import { ConnectionStatus } from './ConnectionStatus';
import { LiveMinutes } from './LiveMinutes';
import { NamePrompt } from './NamePrompt';
import { PresenceList } from './PresenceList';
import { SchemaOutdatedBanner } from './SchemaOutdatedBanner';

interface MinutesSessionProps {
  meeting: Meeting;
  identity: Identity;
  onRename: (name: string) => void;
}

/** The live part of a meeting page: connection and save status, who is here, and the editor. */
export function MinutesSession({ meeting, identity, onRename }: MinutesSessionProps) {
  const { t } = useTranslation();
  const session = useCollaboration(meeting.id);
  const status = useCollabStatus(session);
  const participants = usePresence(session?.provider.awareness ?? null);
  const [renaming, setRenaming] = useState(false);
  // The colour the others see, which may differ from the remembered one when two people share it.
  const shownColor = participants.find((participant) => participant.isSelf)?.color ?? identity.color;
  const [synced, setSynced] = useState(false);

  // Once synced stays synced: the panel only needs to know that the stored document has arrived.
  useEffect(() => {
    if (session === null) return;
    const onSync = (isSynced: boolean) => {
      if (isSynced) setSynced(true);
    };
    setSynced(session.provider.synced);
    session.provider.on('sync', onSync);
    return () => session.provider.off('sync', onSync);
  }, [session]);

  return (
    <div className="session">
      <div className="session__bar">
        <ConnectionStatus status={status} />
        <div className="session__identity">
          <span className="presence__swatch" style={{ backgroundColor: shownColor }} aria-hidden="true" />
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
      <div role="alert">{status.schemaOutdated && <SchemaOutdatedBanner />}</div>
      {session === null ? (
        <div className="session__layout">
          <div className="session__editor" />
          <div className="session__aside">
            <PresenceList participants={participants} />
          </div>
        </div>
      ) : (
        <LiveMinutes
          key={session.doc.guid}
          session={session}
          user={identity}
          participants={participants}
          meetingDate={meeting.date}
          synced={synced}
          readOnly={status.schemaOutdated}
        />
      )}
    </div>
  );
}
