import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

const cache = new WeakMap<ProseMirrorNode, string[]>();

/** The names in the document's attendee lists, in order, once each. Cached per document version. */
export function attendeeNamesOf(doc: ProseMirrorNode): string[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const names = new Map<string, string>();
  doc.descendants((node) => {
    if (node.type.name !== 'attendee') return !node.isTextblock;
    const name = String(node.attrs.name ?? '').trim();
    const key = name.toLocaleLowerCase('sv');
    if (name && !names.has(key)) names.set(key, name);
    return false;
  });
  const result = [...names.values()];
  cache.set(doc, result);
  return result;
}
