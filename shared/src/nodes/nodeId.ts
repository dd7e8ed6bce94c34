import type { Attribute } from '@tiptap/core';

// Web Crypto is global in browsers and in Node 20; shared/ has neither DOM nor Node types.
declare const crypto: { randomUUID(): string };

/** A new random node id. */
export function newNodeId(): string {
  return crypto.randomUUID();
}

/** The `id` attribute every structured node carries, kept in HTML as `data-id`. */
export const nodeIdAttribute: Attribute = {
  default: null,
  keepOnSplit: false,
  parseHTML: (element) => element.getAttribute('data-id'),
  renderHTML: (attributes) => (attributes.id ? { 'data-id': attributes.id } : {}),
};

/** A string attribute kept in HTML as `data-<name>`. */
export function textAttribute(name: string, fallback: string | null = null): Attribute {
  return {
    default: fallback,
    parseHTML: (element) => element.getAttribute(`data-${name}`) ?? fallback,
    renderHTML: (attributes) => (attributes[name] ? { [`data-${name}`]: attributes[name] } : {}),
  };
}

/** A list of strings kept in HTML as JSON in `data-<name>`. */
export function listAttribute(name: string): Attribute {
  return {
    default: [],
    parseHTML: (element) => {
      try {
        const value = JSON.parse(element.getAttribute(`data-${name}`) ?? '[]');
        return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
      } catch {
        return [];
      }
    },
    renderHTML: (attributes) =>
      Array.isArray(attributes[name]) && attributes[name].length > 0
        ? { [`data-${name}`]: JSON.stringify(attributes[name]) }
        : {},
  };
}
