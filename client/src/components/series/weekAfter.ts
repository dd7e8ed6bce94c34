const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date a week after `isoDate` (YYYY-MM-DD), counted in UTC so that no time zone moves it. */
export function weekAfter(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`not a calendar date: ${JSON.stringify(isoDate)}`);
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day) + 7));
  return date.toISOString().slice(0, 10);
}
