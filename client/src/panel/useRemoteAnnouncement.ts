import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveMinutes } from './useLiveMinutes';

/** A new decision or task is announced once its text has stopped changing for this long. */
const SETTLE_MS = 1500;

/**
 * What to announce (politely) about decisions and tasks others have added: each once, when its
 * writer has paused, so a screen reader does not read half a sentence.
 */
export function useRemoteAnnouncement({ minutes, addedByOthers }: LiveMinutes): string {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  /** Id of each decision or task still to announce → its text when last seen. */
  const pending = useRef(new Map<string, string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useRef<() => void>(() => {});

  announce.current = () => {
    const lines = [
      ...minutes.decisions
        .filter((decision) => decision.id && pending.current.has(decision.id))
        .map((decision) => t('panel.newDecision', { text: decision.text })),
      ...minutes.actions
        .filter((action) => action.id && pending.current.has(action.id))
        .map((action) => t('panel.newTask', { text: action.text })),
    ];
    pending.current.clear();
    if (lines.length > 0) setAnnouncement(lines.join(' '));
  };

  useEffect(() => {
    for (const item of [...addedByOthers.decisions, ...addedByOthers.actions]) {
      if (item.id) pending.current.set(item.id, '');
    }
    const texts = new Map([...minutes.decisions, ...minutes.actions].map((item) => [item.id, item.text]));
    let changed = false;
    for (const [id, seen] of pending.current) {
      const text = texts.get(id);
      if (text === undefined) pending.current.delete(id);
      else if (text !== seen) {
        pending.current.set(id, text);
        changed = true;
      }
    }
    if (!changed) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => announce.current(), SETTLE_MS);
  }, [minutes, addedByOthers]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return announcement;
}
