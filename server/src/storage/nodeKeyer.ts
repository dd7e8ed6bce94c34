/**
 * Keys for the rows of one list of extracted items. Node ids key the rows. A node without an id,
 * or a second node with the same id (a paste the editor has not yet given a new id), is keyed by
 * its position so that no item is dropped.
 */
export function nodeKeyer(): (id: string | null, position: number) => string {
  const seen = new Set<string>();
  return (id, position) => {
    const key = id && !seen.has(id) ? id : `#${position}`;
    seen.add(key);
    return key;
  };
}
