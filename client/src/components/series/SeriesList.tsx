import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MeetingListing } from '../../api/meetingsApi';
import { seriesApi } from '../../api/seriesApi';

interface SeriesEntry {
  id: string;
  name: string;
}

/**
 * The series of the person's meetings, and those they are a member of, by name. Someone with a role
 * in a single meeting is no member of its series, so its name is asked for separately.
 */
async function seriesOf(meetings: readonly MeetingListing[], signal: AbortSignal): Promise<SeriesEntry[]> {
  const members = await seriesApi.list(signal);
  const known = new Set(members.map((series) => series.id));
  const others = [...new Set(meetings.map((meeting) => meeting.seriesId))].filter(
    (id): id is string => id !== null && !known.has(id),
  );
  const found = await Promise.all(others.map((id) => seriesApi.get(id, signal).catch(() => null)));
  return [...members, ...found.filter((series) => series !== null)].sort((a, b) =>
    a.name.localeCompare(b.name, 'sv'),
  );
}

/** Serier on the start page: each series with how many of its meetings the person has. */
export function SeriesList({ meetings, labelledBy }: { meetings: MeetingListing[]; labelledBy: string }) {
  const { t } = useTranslation();
  const [series, setSeries] = useState<SeriesEntry[] | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    seriesOf(meetings, controller.signal).then(setSeries, () => {
      if (!controller.signal.aborted) setSeries([]);
    });
    return () => controller.abort();
  }, [meetings]);

  const countOf = (id: string) => meetings.filter((meeting) => meeting.seriesId === id).length;
  return (
    <>
      <ul className="plain-list series-links" aria-labelledby={labelledBy} data-testid="series-list">
        {series?.map((each) => (
          <li key={each.id} className="plain-list__item series-links__item">
            <Link href={`/series/${each.id}`} className="series-links__link">
              {each.name}
            </Link>
            <span className="muted">{t('series.meetingCount', { count: countOf(each.id) })}</span>
          </li>
        ))}
      </ul>
      {series?.length === 0 && <p className="muted">{t('series.startEmpty')}</p>}
    </>
  );
}
