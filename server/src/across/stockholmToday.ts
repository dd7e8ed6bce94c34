import { STOCKHOLM } from '../render/stockholmTimeZone.js';

/** Made on first use: creating it reads the time-zone data (about 5 MB), which an idle server need not hold. */
let day: Intl.DateTimeFormat | undefined;

/** Today's date in Sweden, as YYYY-MM-DD: a task is overdue from the day after its due date there. */
export function stockholmToday(now: Date = new Date()): string {
  day ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: STOCKHOLM,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = Object.fromEntries(day.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
