import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { MeetingListing } from '../../api/meetingsApi';
import { useAccount } from '../../identity/useSession';
import { MeetingList } from '../MeetingList';
import { NextMeetingForm } from './NextMeetingForm';

/** The person's meetings of the series, newest first, and for the latest one's secretary the next meeting. */
export function SeriesMeetings({ meetings }: { meetings: MeetingListing[] }) {
  const { t } = useTranslation();
  const account = useAccount();
  const [, navigate] = useLocation();
  const headingId = useId();
  const latest = meetings[0];

  return (
    <div className="series-meetings">
      <section className="card" aria-labelledby={headingId} data-testid="series-meetings">
        <h2 id={headingId}>{t('series.meetingsHeading')}</h2>
        {meetings.length === 0 ? (
          <p className="muted">{t('series.noMeetings')}</p>
        ) : (
          <MeetingList meetings={meetings} labelledBy={headingId} />
        )}
      </section>
      {latest && (latest.role === 'secretary' || account.admin) && (
        <NextMeetingForm previous={latest} onCreated={(meeting) => navigate(`/meetings/${meeting.id}`)} />
      )}
    </div>
  );
}
