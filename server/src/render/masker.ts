/** What every masked passage becomes, in every rendering. */
export const MASK = '█████';

/**
 * A function that replaces every occurrence of each passage (exact, case-sensitive) with MASK.
 * Longer passages go first, so that a passage inside another is masked with it.
 */
export function masker(masks: readonly string[]): (text: string) => string {
  const passages = [...new Set(masks)].filter((mask) => mask !== '').sort((a, b) => b.length - a.length);
  return (text) => passages.reduce((masked, passage) => masked.split(passage).join(MASK), text);
}
