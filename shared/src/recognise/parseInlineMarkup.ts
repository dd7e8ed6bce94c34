import type { LineSegment } from './MinutesLine.js';

const BOLD = /\*\*(?=\S)(.+?)\*\*|__(?=\S)(.+?)__/gu;
const ITALIC = /(^|[\s(])[*_](?=\S)([^*_\n]+?)[*_](?=$|[\s.,;:!?)])/gu;

/** Splits plain text that carries Markdown-style emphasis into bold and plain segments. */
export function parseInlineMarkup(text: string): LineSegment[] {
  const segments: LineSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(BOLD)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ text: stripItalic(text.slice(last, index)), bold: false });
    segments.push({ text: stripItalic(match[1] ?? match[2] ?? ''), bold: true });
    last = index + match[0].length;
  }
  if (last < text.length) segments.push({ text: stripItalic(text.slice(last)), bold: false });
  return segments.filter((segment) => segment.text !== '');
}

const stripItalic = (text: string): string => text.replace(ITALIC, '$1$2');

export const segmentsText = (segments: readonly LineSegment[]): string =>
  segments
    .map((segment) => segment.text)
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
