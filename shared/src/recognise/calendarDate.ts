export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** YYYY-MM-DD for a real calendar day, else null (no 31 April, no 30 February). */
export function formatDate({ year, month, day }: CalendarDate): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseDate(iso: string | null | undefined): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso ?? '');
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return formatDate(date) ? date : null;
}

export function addDays(iso: string, days: number): string {
  const date = parseDate(iso);
  if (!date) return iso;
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return (
    formatDate({ year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() }) ??
    iso
  );
}

/** Days from a to b (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  const x = parseDate(a);
  const y = parseDate(b);
  if (!x || !y) return 0;
  return Math.round(
    (Date.UTC(y.year, y.month - 1, y.day) - Date.UTC(x.year, x.month - 1, x.day)) / 86_400_000,
  );
}

/** The same day a year later (28 February for 29 February). */
export function nextYear(iso: string): string {
  const date = parseDate(iso);
  if (!date) return iso;
  return (
    formatDate({ ...date, year: date.year + 1 }) ??
    formatDate({ ...date, year: date.year + 1, day: 28 }) ??
    iso
  );
}
