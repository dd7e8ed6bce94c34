import type { Attribute } from '@tiptap/core';

// Web Crypto is global in browsers and in Node 20; shared/ has neither DOM nor Node types.
declare const crypto: { randomUUID?: () => string; getRandomValues(array: Uint8Array): Uint8Array };

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A new random node id (a version 4 UUID). */
export function newNodeId(): string {
  // randomUUID exists only in secure contexts: a page served over plain http on a LAN lacks it.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => HEX[byte]).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
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
