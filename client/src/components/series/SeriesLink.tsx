import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { seriesApi } from '../../api/seriesApi';

/** "Serie: <name>", a link to the series page, above a meeting's title; nothing until the name is known. */
export function SeriesLink({ seriesId }: { seriesId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    // Without the series' name the meeting page is complete all the same.
    seriesApi.get(seriesId, controller.signal).then(
      (series) => setName(series.name),
      () => {},
    );
    return () => controller.abort();
  }, [seriesId]);

  if (name === null) return null;
  return (
    <p className="meeting__series">
      {t('meeting.series')}:{' '}
      <Link href={`/series/${seriesId}`} data-testid="meeting-series-link">
        {name}
      </Link>
    </p>
  );
}
