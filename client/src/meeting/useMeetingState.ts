import type { MeetingId, MeetingState } from '@minutes/shared';
import { useCallback, useEffect, useState } from 'react';
import { meetingsApi } from '../api/meetingsApi';

export type LoadedState =
  | { state: 'loading' }
  | { state: 'found'; value: MeetingState }
  | { state: 'failed'; error: unknown };

/**
 * The meeting's state (status, the person's role, versions, verifiers), and a way to ask for it
 * again. A refresh keeps showing the last state until the new one arrives.
 */
export function useMeetingState(id: MeetingId): { loaded: LoadedState; refresh: () => void } {
  const [loaded, setLoaded] = useState<LoadedState>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` asks for the state again.
  useEffect(() => {
    const controller = new AbortController();
    meetingsApi.state(id, controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setLoaded({ state: 'found', value });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // A failed refresh keeps the state already shown.
        setLoaded((last) => (last.state === 'found' ? last : { state: 'failed', error }));
      },
    );
    return () => controller.abort();
  }, [id, generation]);

  const refresh = useCallback(() => setGeneration((count) => count + 1), []);

  // Approvals and versions change without a frame on the socket; coming back to the page shows them.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', refresh);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', refresh);
    };
  }, [refresh]);
  return { loaded, refresh };
}
