import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MeetingListing } from '../api/meetingsApi';
import { formatDate } from '../i18n/formatDate';
import { useLanguage } from '../i18n/useLanguage';
import { StatusBadge } from './StatusBadge';

interface MeetingListProps {
  meetings: MeetingListing[] | null;
  labelledBy: string;
}

export function MeetingList({ meetings, labelledBy }: MeetingListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <ul
        className="meeting-list"
        data-testid="meeting-list"
        aria-labelledby={labelledBy}
        aria-busy={meetings === null}
      >
        {meetings?.map((meeting) => (
          <li key={meeting.id} className="meeting-list__item">
            <Link href={`/meetings/${meeting.id}`} className="meeting-list__link">
              {meeting.title}
            </Link>
            <time className="meeting-list__date" dateTime={meeting.date}>
              {formatDate(meeting.date, language)}
            </time>
            <span className="meeting-list__meta">
              <StatusBadge status={meeting.status} />
              <span className="meeting-list__role" data-testid="meeting-role">
                {t('start.yourRole', { role: meeting.role ? t(`roles.${meeting.role}`) : t('roles.admin') })}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {meetings === null && <p className="muted">{t('start.loading')}</p>}
      {meetings?.length === 0 && <p className="muted">{t('start.empty')}</p>}
    </>
  );
}
