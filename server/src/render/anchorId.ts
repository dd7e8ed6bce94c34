const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** The fragment that links to a decision ("beslut-…") or a task ("uppgift-…"); null for an unusable id. */
export function anchorId(prefix: 'beslut' | 'uppgift', id: string | null): string | null {
  return id && SAFE_ID.test(id) ? `${prefix}-${id}` : null;
}
