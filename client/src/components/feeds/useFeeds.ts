import type { Feeds } from '@minutes/shared';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { feedsApi } from '../../api/feedsApi';

/** The person's calendar feed addresses, and making new ones (the old ones then stop working). */
export function useFeeds(): { feeds: Feeds | null; error: string | null; renew: () => Promise<void> } {
  const { t } = useTranslation();
  const [feeds, setFeeds] = useState<Feeds | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    feedsApi.get(controller.signal).then(setFeeds, (failure: unknown) => {
      if (!controller.signal.aborted) setError(describeError(failure, t));
    });
    return () => controller.abort();
  }, [t]);

  const renew = useCallback(async () => {
    setError(null);
    try {
      setFeeds(await feedsApi.renew());
    } catch (failure) {
      setError(describeError(failure, t));
      throw failure;
    }
  }, [t]);

  return { feeds, error, renew };
}
