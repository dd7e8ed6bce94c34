import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../collab/usePresence';

export function PresenceList({ participants }: { participants: Participant[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="presence" aria-labelledby={headingId}>
      <h2 id={headingId} className="presence__heading">
        {t('presence.heading')} <span className="presence__count">({participants.length})</span>
      </h2>
      <ul className="presence__list" data-testid="presence-list">
        {participants.map((participant) => (
          <li key={participant.clientId} className="presence__person">
            <span
              className="presence__swatch"
              style={{ backgroundColor: participant.color }}
              aria-hidden="true"
            />
            <span className="presence__name">{participant.name}</span>
            {participant.isSelf && <span className="presence__self"> ({t('presence.you')})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
