import type { Awareness } from 'y-protocols/awareness';

/** The names of everyone connected to the meeting now (this person included), once each. */
export function connectedNames(awareness: Awareness): string[] {
  const names = new Set<string>();
  for (const state of awareness.getStates().values()) {
    const user: unknown = state.user;
    if (typeof user !== 'object' || user === null) continue;
    const { name } = user as { name?: unknown };
    if (typeof name === 'string' && name.trim() !== '') names.add(name.trim());
  }
  return [...names];
}
