import type { MeetingStatus } from '@minutes/shared';
import { useTranslation } from 'react-i18next';

/** Utkast or Fastställt, in words (the colour only repeats them). */
export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status}`} data-testid="meeting-status" data-status={status}>
      {t(`meetingStatus.${status}`)}
    </span>
  );
}
