import { useMemo, useState } from 'react';
import { browserStorage } from '../browserStorage';
import { userColors } from './userColors';
import { useAccount } from './useSession';

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

/** The person writing: the signed-in account's name, and a colour picked for them once and remembered. */
export function useIdentity(): Identity {
  const { name } = useAccount();
  const [color] = useState(rememberedColor);
  return useMemo(() => ({ name, color }), [name, color]);
}
