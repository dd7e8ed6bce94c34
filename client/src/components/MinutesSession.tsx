import { Access } from '@minutes/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCollaboration, useCollabStatus } from '../collab/useCollaboration';
import { usePresence } from '../collab/usePresence';
import { useIdentity } from '../identity/useIdentity';
import { useMeetingContext } from '../meeting/MeetingContext';
import { AccessBanner } from './AccessBanner';
import { ConnectionStatus } from './ConnectionStatus';
import { LiveMinutes } from './LiveMinutes';
import { PresenceList } from './PresenceList';
import { SchemaOutdatedBanner } from './SchemaOutdatedBanner';

/** The live part of a meeting page: connection and save status, who is here, and the editor. */
export function MinutesSession() {
  const { t } = useTranslation();
  const { meeting, refresh } = useMeetingContext();
  const identity = useIdentity();
  const { session, replacedAfterLock } = useCollaboration(meeting.id);
  const status = useCollabStatus(session);
  const participants = usePresence(session?.provider.awareness ?? null);
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

  // Finalised or reopened (here or by someone else): the versions and the buttons change with it.
  const lastAccess = useRef(status.access);
  useEffect(() => {
    if (lastAccess.current === status.access) return;
    lastAccess.current = status.access;
    refresh();
  }, [status.access, refresh]);

  // Someone approved, published, changed a role or verified a decision: show it.
  const lastStateChange = useRef(status.stateChanges);
  useEffect(() => {
    if (lastStateChange.current === status.stateChanges) return;
    lastStateChange.current = status.stateChanges;
    refresh();
  }, [status.stateChanges, refresh]);

  return (
    <div className="session">
      <div className="session__bar">
        <ConnectionStatus status={status} />
        <div className="session__identity">
          <span className="presence__swatch" style={{ backgroundColor: shownColor }} aria-hidden="true" />
          <span>{t('name.current', { name: identity.name })}</span>
        </div>
      </div>
      <div role="alert">{status.schemaOutdated && <SchemaOutdatedBanner />}</div>
      <AccessBanner access={status.access} />
      <div role="status">{replacedAfterLock && <p className="notice">{t('access.refusedAfterLock')}</p>}</div>
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
          readOnly={status.schemaOutdated || status.access !== Access.Writable}
        />
      )}
    </div>
  );
}
