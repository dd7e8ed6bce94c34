import type { Lang } from './VersionContent.js';

/** Minutes are Swedish meetings: a finalisation or approval time is told in Swedish time. */
const TIME_ZONE = 'Europe/Stockholm';
const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** "2026-02-24" as "24 februari 2026" (or "24 February 2026"); anything else as written. */
export function formatDate(value: string, lang: Lang): string {
  const date = calendarDate(value);
  return date ? dateFormat(lang, 'UTC').format(date) : value;
}

/** A YYYY-MM-DD string that names a real day, as midnight UTC of that day; otherwise null. */
export function calendarDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** An ISO timestamp as "24 februari 2026 kl. 15.30" (or "24 February 2026, 15:30"), Swedish time. */
export function formatDateTime(value: string, lang: Lang): string {
  const date = new Date(value);
  if (!ISO_TIMESTAMP.test(value) || Number.isNaN(date.getTime())) return value;
  const parts = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).formatToParts(date);
  const hour = parts.find((part) => part.type === 'hour')?.value;
  const minute = parts.find((part) => part.type === 'minute')?.value;
  const day = dateFormat(lang, TIME_ZONE).format(date);
  return lang === 'sv' ? `${day} kl. ${hour}.${minute}` : `${day}, ${hour}:${minute}`;
}

/** A clock time the Swedish way: "13:00" becomes "13.00" in Swedish text. */
export function formatClock(value: string, lang: Lang): string {
  return lang === 'sv' ? value.replace(/\b(\d{1,2}):(\d{2})\b/g, '$1.$2') : value;
}

function dateFormat(lang: Lang, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone });
}
