import { wordBoundaries } from './wordBoundaries.js';

const SPAN = wordBoundaries(
  /\b(?:kl\.?\s*|klockan\s+|at\s+|from\s+)?(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)\s*(?:[-–—]|till|to|until)\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)(?!\d)/iu,
);
const SINGLE = wordBoundaries(
  /\b(?:kl\.?\s*|klockan\s+|at\s+)(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)(?![\d/])|\b(\d{1,2}[.:]\d{2}\s*(?:am|pm)?)(?![\d./-])/iu,
);

/** A time or span as written: "10.00-12.00", "kl. 18", "7:30 pm". */
export function recogniseTime(text: string): string | null {
  const span = SPAN.exec(text);
  if (span && (/[.:]|am|pm/iu.test(span[1] ?? '') || /kl|klockan/iu.test(span[0]))) {
    return `${span[1]?.trim()}-${span[2]?.trim()}`;
  }
  const single = SINGLE.exec(text);
  return single ? (single[1] ?? single[2] ?? '').trim() || null : null;
}
