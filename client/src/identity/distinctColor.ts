/**
 * The colour to show for this person in a meeting: their own, unless someone who joined earlier
 * (a lower client id) already shows it; then the first colour of the palette nobody shows.
 */
export function distinctColor(
  mine: string,
  myClientId: number,
  others: ReadonlyArray<{ clientId: number; color: string | undefined }>,
  palette: readonly string[],
): string {
  const key = (color: string) => color.toLowerCase();
  const clash = others.some(
    (other) => other.clientId < myClientId && other.color && key(other.color) === key(mine),
  );
  if (!clash) return mine;
  const taken = new Set(others.map((other) => other.color && key(other.color)).filter(Boolean));
  return palette.find((color) => !taken.has(key(color))) ?? mine;
}
