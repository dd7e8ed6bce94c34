import type { DiffPart } from '@minutes/shared';

export type DiffRow =
  | { kind: 'part'; part: DiffPart; line: number }
  | { kind: 'skipped'; count: number; line: number };

/**
 * The diff to show: every change, with `context` unchanged lines around it; longer unchanged runs
 * become one "N unchanged lines" row. `line` is the index of the first part a row stands for.
 */
export function collapseDiff(parts: readonly DiffPart[], context = 2): DiffRow[] {
  const rows: DiffRow[] = [];
  let index = 0;
  while (index < parts.length) {
    const part = parts[index] as DiffPart;
    if (part.kind !== 'same') {
      rows.push({ kind: 'part', part, line: index });
      index++;
      continue;
    }
    let end = index;
    while (end < parts.length && parts[end]?.kind === 'same') end++;
    const keepBefore = index === 0 ? 0 : context;
    const keepAfter = end === parts.length ? 0 : context;
    const run = end - index;
    if (run <= keepBefore + keepAfter + 1) {
      for (let line = index; line < end; line++)
        rows.push({ kind: 'part', part: parts[line] as DiffPart, line });
    } else {
      for (let line = index; line < index + keepBefore; line++) {
        rows.push({ kind: 'part', part: parts[line] as DiffPart, line });
      }
      rows.push({ kind: 'skipped', count: run - keepBefore - keepAfter, line: index + keepBefore });
      for (let line = end - keepAfter; line < end; line++) {
        rows.push({ kind: 'part', part: parts[line] as DiffPart, line });
      }
    }
    index = end;
  }
  return rows;
}
