/** Words of two or more letters, lower case, for comparing what was written with a gold answer. */
export function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 1),
  );
}

/** The share of the smaller text's words that the other text also has. */
export function overlap(a: string, b: string): number {
  const A = wordsOf(a);
  const B = wordsOf(b);
  if (A.size === 0 || B.size === 0) return 0;
  let shared = 0;
  for (const word of A) if (B.has(word)) shared++;
  return shared / Math.min(A.size, B.size);
}

/** Pairs each gold item with the most similar predicted item, one to one, above a threshold. */
export function matchItems<G, P>(
  gold: G[],
  predicted: P[],
  textOf: (item: G | P) => string,
  threshold = 0.6,
) {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) => {
    predicted.forEach((p, j) => {
      const score = overlap(textOf(g), textOf(p));
      if (score >= threshold) pairs.push([score, i, j]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0]);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matched: Array<[G, P]> = [];
  for (const [, i, j] of pairs) {
    if (usedGold.has(i) || usedPredicted.has(j)) continue;
    usedGold.add(i);
    usedPredicted.add(j);
    matched.push([gold[i] as G, predicted[j] as P]);
  }
  return matched;
}
