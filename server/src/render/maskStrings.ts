/**
 * A deep copy of plain JSON data with `mask` applied to every string, except the values of the
 * keys in `keep` (ids, node types, enumerations: not content, and masking them would break them).
 */
export function maskStrings<T>(value: T, mask: (text: string) => string, keep: ReadonlySet<string>): T {
  return copy(value, mask, keep) as T;
}

function copy(value: unknown, mask: (text: string) => string, keep: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return mask(value);
  if (Array.isArray(value)) return value.map((item) => copy(item, mask, keep));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      keep.has(key) ? structuredClone(item) : copy(item, mask, keep),
    ]),
  );
}
