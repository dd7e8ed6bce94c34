import { useCallback, useMemo, useState } from 'react';
import { browserStorage } from '../browserStorage';
import { userColors } from './userColors';

const NAME_KEY = 'minutes.name';
const COLOR_KEY = 'minutes.color';

export interface Identity {
  readonly name: string;
  readonly color: string;
}

function rememberedColor(): string {
  const stored = browserStorage.get(COLOR_KEY);
  if (stored !== null && /^#[0-9a-f]{6}$/i.test(stored)) return stored;
  const color = userColors[Math.floor(Math.random() * userColors.length)] ?? userColors[0];
  browserStorage.set(COLOR_KEY, color);
  return color;
}

function rememberedName(): string | null {
  const name = browserStorage.get(NAME_KEY)?.trim();
  return name ? name : null;
}

/** The person writing: the name they gave once and a colour picked for them, both remembered. */
export function useIdentity(): { identity: Identity | null; setName: (name: string) => void } {
  const [color] = useState(rememberedColor);
  const [name, setStoredName] = useState(rememberedName);
  const setName = useCallback((next: string) => {
    const trimmed = next.trim();
    browserStorage.set(NAME_KEY, trimmed);
    setStoredName(trimmed);
  }, []);
  const identity = useMemo(() => (name === null ? null : { name, color }), [name, color]);
  return { identity, setName };
}
