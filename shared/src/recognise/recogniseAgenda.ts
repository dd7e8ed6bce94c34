import type { MinutesLine } from './MinutesLine.js';
import { matchLabel } from './matchLabel.js';
import type { RecognisedAgendaItem } from './RecognisedMinutes.js';
import { wordBoundaries } from './wordBoundaries.js';

export interface AgendaEntry extends RecognisedAgendaItem {
  index: number;
}

export interface AgendaStructure {
  items: AgendaEntry[];
  /** Title lines inside an item ("Sammanfattning och beslut", "Nästa steg", "### Resultat"). */
  subheadings: Set<number>;
  /** Lines used up as titles (a "§ 3" line whose title stands on the next line). */
  consumed: Set<number>;
}

const SUBHEADING = wordBoundaries(
  /^(?:sammanfattning|summering|resultat|diskussion|dialog|dialogfrågor|bakgrund|nästa steg|beslut|beslutsförslag|förslag till beslut|åtgärder|åtgärdslista|frågor|kommentarer|reflektioner|synpunkter|noteringar|anteckningar|uppdrag|summary|discussion|background|next steps|decisions?|resolutions?|actions?|action items|action points|notes|outcomes?|comments|questions)\b/iu,
);

/** A case number beside the paragraph sign ("§ 13  Dnr KFN 2025/41"); the title stands below it. */
const CASE_NUMBER = wordBoundaries(
  /^(?:dnr|diarienr|diarienummer|ärendenr|ärende nr|ref|our ref|reference|file ref)\.?\s*:?\s*[\p{L}\d /.:-]*\d[\p{L}\d /.:-]*$/iu,
);

/**
 * Agenda items: Markdown headings (the numbered ones when some are numbered, else the top level),
 * "§ 4" lines, numbered title lines, or short title lines followed by body text.
 */
export function recogniseAgenda(lines: readonly MinutesLine[], taken: ReadonlySet<number>): AgendaStructure {
  const structure: AgendaStructure = { items: [], subheadings: new Set(), consumed: new Set() };
  const open = (i: number) => !taken.has(i) && (lines[i] as MinutesLine).kind !== 'rule';
  const headings: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as MinutesLine;
    if (!open(i)) continue;
    const label = matchLabel(line.text);
    if (label?.field === 'agenda' && label.rest === '') {
      structure.subheadings.add(i);
      continue;
    }
    if (line.kind === 'heading' || isBoldTitle(line)) headings.push(i);
  }
  if (headings.length > 0) {
    const numbered = headings.filter((i) => (lines[i] as MinutesLine).number !== null);
    const top = Math.min(...headings.map((i) => level(lines[i] as MinutesLine)));
    const chosen =
      numbered.length > 0
        ? numbered
        : headings.filter(
            (i) => level(lines[i] as MinutesLine) === top && !SUBHEADING.test((lines[i] as MinutesLine).text),
          );
    for (const i of headings) {
      if (chosen.includes(i)) structure.items.push(entry(lines[i] as MinutesLine, i));
      else structure.subheadings.add(i);
    }
    if (structure.items.length > 0) return structure;
  }

  const sections: number[] = [];
  const numbered: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as MinutesLine;
    if (!open(i) || structure.subheadings.has(i)) continue;
    if (line.number?.startsWith('§')) {
      sections.push(i);
      continue;
    }
    if (!titleLike(line)) continue;
    if (line.number !== null) {
      if (!line.number.includes('.') && !/:$/u.test(previousText(lines, i, open))) numbered.push(i);
      continue;
    }
    const label = matchLabel(line.text);
    if (label && label.rest === '') {
      structure.subheadings.add(i);
      continue;
    }
    if (label) continue;
    if (line.kind === 'item') continue;
    if (!bodyFollows(lines, i, open)) continue;
    if (SUBHEADING.test(line.text)) structure.subheadings.add(i);
    else plain.push(i);
  }
  const chosen =
    sections.length >= 2
      ? sections
      : numbered.length >= 2
        ? numbered
        : [...numbered, ...plain].sort((a, b) => a - b);
  for (const i of chosen) {
    const line = lines[i] as MinutesLine;
    if (line.text === '' || CASE_NUMBER.test(line.text)) {
      const next = lines[i + 1] as MinutesLine | undefined;
      if (next && open(i + 1)) {
        structure.items.push({ index: i, number: line.number, title: titleOf(next.text) });
        structure.consumed.add(i + 1);
        continue;
      }
    }
    structure.items.push(entry(line, i));
  }
  for (const i of plain) if (!chosen.includes(i)) structure.subheadings.add(i);
  return structure;
}

const level = (line: MinutesLine): number => (line.kind === 'heading' ? line.level : 7);

function isBoldTitle(line: MinutesLine): boolean {
  return (
    line.kind === 'paragraph' &&
    line.segments.length > 0 &&
    line.segments.every((segment) => segment.bold || segment.text.trim() === '') &&
    titleLike(line) &&
    !matchLabel(line.text)
  );
}

function entry(line: MinutesLine, index: number): AgendaEntry {
  return { index, number: line.number, title: titleOf(line.text) };
}

const titleOf = (text: string): string => text.replace(/^[\s.:–—-]+|[\s:–—-]+$/gu, '').trim();

/** A short line that reads as a title: capitalised, at most ten words, no closing punctuation. */
export function titleLike(line: MinutesLine): boolean {
  const text = line.text;
  if (text.length < 2 || text.length > 90) return false;
  if (text.split(/\s+/u).length > 10) return false;
  if (!/^[\p{Lu}\d"“”]/u.test(text)) return false;
  if (/[.,;:!?]$/u.test(text)) return false;
  return (text.match(/,/gu) ?? []).length <= 2;
}

function bodyFollows(lines: readonly MinutesLine[], i: number, open: (i: number) => boolean): boolean {
  let j = i + 1;
  while (j < lines.length && !open(j)) j++;
  const next = lines[j];
  if (!next || next.kind === 'heading') return false;
  return next.kind === 'item' || /[.!?:]["”)]?$/u.test(next.text) || next.text.split(/\s+/u).length > 10;
}

/** The line that introduces the numbered list line i belongs to ("Dialogfrågor:"), if any. */
function previousText(lines: readonly MinutesLine[], i: number, open: (i: number) => boolean): string {
  let expected = Number(lines[i]?.number) - 1;
  let j = i - 1;
  while (j >= 0 && !open(j)) j--;
  while (j >= 0 && expected >= 1 && lines[j]?.kind === 'item' && lines[j]?.number === String(expected)) {
    expected--;
    j--;
    while (j >= 0 && !open(j)) j--;
  }
  return expected === 0 ? (lines[j]?.text ?? '') : '';
}
