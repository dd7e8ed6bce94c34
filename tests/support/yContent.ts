import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';

/** Turns ProseMirror JSON into the Yjs types y-prosemirror keeps it as, for clients without an editor. */
export function toYNode(json: JSONContent): Y.XmlElement | Y.XmlText {
  if (json.type === 'text') return new Y.XmlText(json.text ?? '');
  const element = new Y.XmlElement(json.type ?? 'paragraph');
  for (const [key, value] of Object.entries(json.attrs ?? {})) {
    if (value !== null && value !== undefined) element.setAttribute(key, value as string);
  }
  const children = (json.content ?? []).map(toYNode);
  if (children.length > 0) element.insert(0, children);
  return element;
}

/** The top-level block elements of a document, by node name. */
export function blocks(fragment: Y.XmlFragment, name: string): Y.XmlElement[] {
  return (fragment.toArray() as Y.XmlElement[]).filter((block) => block.nodeName === name);
}
