import { DOCUMENT_FIELD, extractMinutes, type Minutes } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import type { Node, Schema } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

type TopLevel = Y.XmlElement | Y.XmlText | Y.XmlHook;

interface Converted {
  json: JSONContent;
  node: Node;
}

/**
 * Per live document: each top-level element (the header, the attendees, an agenda item) as JSON and
 * as a ProseMirror node, as last converted, dropped as soon as anything inside it changes. Someone
 * typing changes one agenda item, so a long document is converted again one item at a time.
 */
const conversions = new WeakMap<Y.XmlFragment, { schema: Schema; children: Map<TopLevel, Converted> }>();

export interface ExtractedDocument {
  minutes: Minutes;
  /** The document as ProseMirror JSON, which search indexes. */
  document: JSONContent;
}

/** Extracts the minutes of a live document, which it leaves untouched. */
export function minutesOfDocument(doc: Y.Doc, schema: Schema, meetingDate: string | null): ExtractedDocument {
  const { node, document } = documentNode(doc, schema);
  return { minutes: extractMinutes(node, { meetingDate }), document };
}

/**
 * The document as a ProseMirror node. Read as JSON, which changes nothing; a document with a node
 * the schema does not know is converted from a clone the way an editor converts it, since that
 * conversion deletes every such node from the shared document (y-prosemirror#271).
 */
function documentNode(doc: Y.Doc, schema: Schema): { node: Node; document: JSONContent } {
  const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
  try {
    const children = convertedChildren(fragment, schema);
    return {
      node: schema.topNodeType.create(
        null,
        children.map((child) => child.node),
      ),
      document: { type: 'doc', content: children.map((child) => child.json) },
    };
  } catch {
    // A fixed guid: a random one costs 31 random draws per clone.
    const clone = new Y.Doc({ gc: false, guid: 'minutes-extraction' });
    try {
      Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
      const node = yXmlFragmentToProseMirrorRootNode(clone.getXmlFragment(DOCUMENT_FIELD), schema);
      return { node, document: node.toJSON() as JSONContent };
    } finally {
      clone.destroy();
    }
  }
}

function convertedChildren(fragment: Y.XmlFragment, schema: Schema): Converted[] {
  let cache = conversions.get(fragment);
  if (!cache) {
    const entry = { schema, children: new Map<TopLevel, Converted>() };
    fragment.observeDeep((events) => {
      for (const event of events) {
        const changed = topLevelOf(event.target, fragment);
        if (changed) entry.children.delete(changed);
      }
    });
    conversions.set(fragment, entry);
    cache = entry;
  }
  if (cache.schema !== schema) {
    cache.schema = schema;
    cache.children.clear();
  }
  const previous = cache.children;
  const current = new Map<TopLevel, Converted>();
  const converted = fragment.toArray().map((child) => {
    let known = previous.get(child);
    if (!known) {
      // The one-element "fragment" makes y-tiptap serialise exactly as for the whole document.
      const json = (yXmlFragmentToProsemirrorJSON({ toArray: () => [child] } as Y.XmlFragment) as JSONContent)
        .content?.[0] as JSONContent;
      known = { json, node: schema.nodeFromJSON(json) };
    }
    current.set(child, known);
    return known;
  });
  // Removed elements are forgotten.
  cache.children = current;
  return converted;
}

/** The top-level element `type` is in (or is), or undefined for the fragment itself. */
function topLevelOf(type: Y.AbstractType<unknown>, fragment: Y.XmlFragment): TopLevel | undefined {
  let current: Y.AbstractType<unknown> | null = type;
  while (current && current.parent !== fragment) current = current.parent as Y.AbstractType<unknown> | null;
  return (current ?? undefined) as TopLevel | undefined;
}
