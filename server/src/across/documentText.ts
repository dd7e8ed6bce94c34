import type { JSONContent } from '@tiptap/core';

/** Attributes that hold what people wrote (names, places, due dates), not ids or states. */
const WRITTEN_ATTRIBUTES = [
  'series',
  'title',
  'date',
  'startTime',
  'endTime',
  'time',
  'room',
  'videoLink',
  'place',
  'name',
  'role',
  'organisation',
  'presenter',
  'assignees',
  'due',
  'reservations',
];

/**
 * The full text of a document as it is searched: one line per block, with the text people wrote
 * in the fields of structured nodes (header, attendees, assignees, next meeting).
 */
export function documentText(document: JSONContent): string {
  const children = document.content ?? [];
  if (children.some((child) => child.type === 'text')) return joined(linesOf(document));
  const lines: string[] = [];
  const fields = fieldText(document.attrs);
  if (fields) lines.push(fields);
  for (const child of children) {
    // A live draft's unchanged blocks are the same objects from one extraction to the next.
    let known = linesOfBlock.get(child);
    if (!known) {
      known = linesOf(child);
      linesOfBlock.set(child, known);
    }
    lines.push(...known);
  }
  return joined(lines);
}

/** The lines of each top-level block, by the block's JSON, as long as that lives. */
const linesOfBlock = new WeakMap<JSONContent, string[]>();

function linesOf(node: JSONContent): string[] {
  const lines: string[] = [];
  collect(node, lines);
  return lines;
}

function joined(lines: string[]): string {
  return lines.filter((line) => line !== '').join('\n');
}

function collect(node: JSONContent, lines: string[]): void {
  const fields = fieldText(node.attrs);
  const children = node.content ?? [];
  if (children.some((child) => child.type === 'text')) {
    lines.push([inlineText(children), fields].filter(Boolean).join(' · '));
    return;
  }
  if (fields) lines.push(fields);
  for (const child of children) collect(child, lines);
}

function inlineText(children: JSONContent[]): string {
  return children
    .map((child) => (typeof child.text === 'string' ? child.text : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function fieldText(attrs: Record<string, unknown> | undefined): string {
  if (!attrs) return '';
  return WRITTEN_ATTRIBUTES.flatMap((key) => {
    const value = attrs[key];
    if (typeof value === 'string') return [value.trim()];
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
    return [];
  })
    .filter((value) => value !== '')
    .join(' · ');
}
