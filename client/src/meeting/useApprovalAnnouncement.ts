import type { MeetingState } from '@minutes/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const keyOf = (number: number, approval: MeetingState['versions'][number]['approvals'][number]) =>
  `${number}:${approval.account.id}:${approval.at}`;

/**
 * What to announce (politely) when the state shows approvals or requested changes that someone else
 * made since it was last fetched. The first state announces nothing.
 */
export function useApprovalAnnouncement(state: MeetingState, myAccountId: string): string {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef<Set<string> | null>(null);

  useEffect(() => {
    const lines: string[] = [];
    const now = new Set<string>();
    for (const version of state.versions) {
      for (const approval of version.approvals) {
        const key = keyOf(version.number, approval);
        now.add(key);
        if (seen.current === null || seen.current.has(key) || approval.account.id === myAccountId) continue;
        const name = approval.account.name;
        lines.push(
          approval.verdict === 'approved'
            ? t('approvals.announceApproved', { name, number: version.number })
            : t('approvals.announceChanges', { name, number: version.number }),
        );
      }
    }
    seen.current = now;
    if (lines.length > 0) setAnnouncement(lines.join(' '));
  }, [state, myAccountId, t]);

  return announcement;
}
