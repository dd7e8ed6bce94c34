import { useTranslation } from 'react-i18next';
import { useAccount } from '../identity/useSession';
import { mayIn, useMeetingContext } from '../meeting/MeetingContext';
import { useApprovalAnnouncement } from '../meeting/useApprovalAnnouncement';
import { MinutesSession } from './MinutesSession';
import { MembersPanel } from './members/MembersPanel';
import { AuditLog } from './protocol/AuditLog';
import { ProtocolPanel } from './protocol/ProtocolPanel';
import { type Tab, Tabs } from './Tabs';

/** The meeting for its members: the live draft, the finalised versions, and for the secretary who may take part. */
export function MeetingWorkspace() {
  const { t } = useTranslation();
  const { meeting, state, refresh } = useMeetingContext();
  const manages = mayIn(state, 'manage');
  const announcement = useApprovalAnnouncement(state, useAccount().id);
  const tabs: Tab[] = [
    { id: 'draft', label: t('workspace.draft'), content: <MinutesSession /> },
    { id: 'protocol', label: t('workspace.protocol'), content: <ProtocolPanel /> },
    ...(manages
      ? [
          {
            id: 'members',
            label: t('workspace.members'),
            content: <MembersPanel scope={{ kind: 'meetings', id: meeting.id }} onChange={refresh} />,
          },
          { id: 'audit', label: t('workspace.audit'), content: <AuditLog /> },
        ]
      : []),
  ];
  return (
    <>
      <Tabs label={t('workspace.label')} tabs={tabs} />
      <p className="visually-hidden" aria-live="polite" data-testid="approval-announcement">
        {announcement}
      </p>
    </>
  );
}
