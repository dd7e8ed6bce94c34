import type { InsertableNode } from './insertableNodes';

/**
 * The insertable nodes whose label or keywords start with the query (any word of them), those whose
 * label starts with it first.
 */
export function filterInsertable(
  nodes: readonly InsertableNode[],
  query: string,
  labelOf: (node: InsertableNode) => string,
): InsertableNode[] {
  const wanted = query.trim().toLocaleLowerCase('sv');
  if (wanted === '') return [...nodes];
  const words = (text: string) => {
    const lower = text.toLocaleLowerCase('sv');
    return [lower, ...lower.split(/\s+/)];
  };
  const score = (node: InsertableNode): number => {
    if (labelOf(node).toLocaleLowerCase('sv').startsWith(wanted)) return 2;
    const matches = [labelOf(node), ...node.keywords].some((text) =>
      words(text).some((word) => word.startsWith(wanted)),
    );
    return matches ? 1 : 0;
  };
  return nodes
    .map((node, index) => ({ node, index, score: score(node) }))
    .filter(({ score: s }) => s > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ node }) => node);
}
