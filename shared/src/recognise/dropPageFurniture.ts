import { wordBoundaries } from './wordBoundaries.js';

const PAGE_MARK = wordBoundaries(
  /(?:^|\s)(?:sida|page|blad|s\.)\s*\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of|\/)\s*\d{1,3})\s*$/iu,
);
const SIGN_MARK =
  /^(?:justerandes?\s+sign(?:atur(?:er)?)?|justerarens\s+sign(?:atur)?|ordförandes\s+sign(?:atur)?|utdragsbestyrkande|signature|initials|chair'?s initials)$/iu;
/** A cheap first look: a line without one of these words holds no page mark. */
const MARK_WORD = /sida|page|blad|s\.\s*\d|sign|utdrag|initials/iu;
const HEADER_LINES = 12;
const NEAR = 5;

const squeeze = (line: string) => line.trim().replace(/\s+/gu, ' ');

/**
 * Text taken out of a PDF repeats the page head on every page ("SAMMANTRÄDESPROTOKOLL",
 * "Sida 3 (5)", "Justerandes sign"). Page numbers and signature boxes are dropped; a line that
 * repeats one of the document's first lines is dropped when it stands next to such a mark.
 */
export function dropPageFurniture(rawLines: readonly string[]): string[] {
  if (!rawLines.some((line) => MARK_WORD.test(line))) return [...rawLines];
  const lines = rawLines.map((line) => {
    if (!MARK_WORD.test(line)) return line;
    const columns = line.split(/(?<=\S)\s{4,}(?=\S)/u);
    const kept = columns.filter((column) => {
      const text = squeeze(column);
      return !SIGN_MARK.test(text) && !(PAGE_MARK.test(text) && text.split(' ').length <= 4);
    });
    return kept.length === columns.length ? line : kept.join('    ');
  });
  const anchors: number[] = [];
  rawLines.forEach((line, i) => {
    if (lines[i] !== line) anchors.push(i);
  });
  if (anchors.length === 0) return lines;
  const filled: number[] = [];
  let count = 0;
  for (const line of lines) {
    filled.push(count);
    if (/\S/u.test(line)) count++;
  }
  // The document's head: its first lines, up to the first page mark below them.
  const nextPage = anchors.find((a) => (filled[a] ?? 0) >= 3) ?? lines.length;
  const head = new Set<string>();
  let end = 0;
  for (; end < Math.min(lines.length, nextPage) && (filled[end] ?? 0) < HEADER_LINES; end++) {
    const text = squeeze(lines[end] ?? '');
    if (text !== '' && text.split(' ').length <= 8 && !/[.!?]$/u.test(text)) head.add(text.toLowerCase());
  }
  const near = new Set<number>();
  for (const a of anchors) near.add(filled[a] ?? 0);
  return lines.map((line, i) => {
    if (i < end || line.length > 120 || !head.has(squeeze(line).toLowerCase())) return line;
    const at = filled[i] ?? 0;
    for (let d = -NEAR; d <= NEAR; d++) if (near.has(at + d)) return '';
    return line;
  });
}
