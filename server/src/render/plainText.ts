import type { Span } from './Block.js';

export function plainText(spans: readonly Span[]): string {
  return spans.map((span) => span.text).join('');
}
