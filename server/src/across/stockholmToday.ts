import { STOCKHOLM } from '../render/stockholmTimeZone.js';

const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: STOCKHOLM,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Sweden, as YYYY-MM-DD: a task is overdue from the day after its due date there. */
export function stockholmToday(now: Date = new Date()): string {
  const parts = Object.fromEntries(DAY.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
