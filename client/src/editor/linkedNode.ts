/** Node types that links point at, by the anchor word of their DOM id (as the server writes the links). */
const ANCHOR_WORDS = { actionItem: 'uppgift', decision: 'beslut' } as const;

export type LinkedNodeType = keyof typeof ANCHOR_WORDS;

export interface LinkedNode {
  type: LinkedNodeType;
  id: string;
}

const ANCHOR = /^#?(uppgift|beslut)-([\w-]{1,100})$/;

/** The DOM id of a task's or decision's node view: `uppgift-<nodeId>`, `beslut-<nodeId>`. */
export function anchorOf(type: LinkedNodeType, id: string): string {
  return `${ANCHOR_WORDS[type]}-${id}`;
}

/** The node a location hash such as `#uppgift-abc` points at; null for any other hash. */
export function linkedNode(hash: string): LinkedNode | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash);
  } catch {
    return null;
  }
  const match = ANCHOR.exec(decoded);
  if (!match) return null;
  const [, word, id] = match;
  return { type: word === 'uppgift' ? 'actionItem' : 'decision', id: id as string };
}
