import type { Meeting } from '@minutes/shared';

export function byDateDescending(a: Meeting, b: Meeting): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}
