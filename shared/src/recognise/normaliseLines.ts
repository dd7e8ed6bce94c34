import { cleanText } from './cleanText.js';
import { continuesLine } from './continuesLine.js';
import type { MinutesLine } from './MinutesLine.js';
import { parseInlineMarkup, segmentsText } from './parseInlineMarkup.js';
import { parseLineStart } from './parseLineStart.js';

interface Pending {
  raw: string;
  columns: boolean;
  indent: number;
  bullet: boolean;
  number: string | null;
  task: boolean;
}

/**
 * Plain text (typed, or taken out of a PDF) as logical lines: a sentence broken in the middle is
 * joined again, bullets and numbering are taken off, and blank lines are dropped.
 */
export function normaliseLines(text: string): MinutesLine[] {
  const lines: MinutesLine[] = [];
  let current: Pending | null = null;
  let bulletAlone = false;
  const flush = () => {
    if (current) lines.push(toLine(current));
    current = null;
  };
  for (const rawLine of cleanText(text).split('\n')) {
    const columns = /\S {4,}\S/u.test(rawLine.trim());
    const trimmed = rawLine.trim().replace(/(?<=\S) {4,}(?=\S)/gu, '; ');
    if (trimmed === '') continue;
    if (/^(?:[-_*=]\s*){3,}$/u.test(trimmed)) {
      flush();
      lines.push({ text: '', kind: 'rule', level: 0, number: null, task: false, segments: [] });
      continue;
    }
    const start = parseLineStart(trimmed);
    if (start.bullet && start.rest === '') {
      flush();
      bulletAlone = true;
      continue;
    }
    const indent = rawLine.length - rawLine.trimStart().length;
    const marked = start.bullet || start.number !== null || bulletAlone;
    if (current && !marked && !(columns && (current as Pending).columns)) {
      const how = continuesLine((current as Pending).raw, start.rest);
      if (how !== 'none') {
        const pending = current as Pending;
        pending.raw =
          how === 'hyphen'
            ? `${pending.raw.trimEnd().slice(0, -1)}${start.rest}`
            : `${pending.raw} ${start.rest}`;
        continue;
      }
    }
    flush();
    current = {
      raw: start.rest,
      columns,
      indent,
      bullet: start.bullet || bulletAlone,
      number: start.number,
      task: start.task,
    };
    bulletAlone = false;
  }
  flush();
  return lines;
}

function toLine({ raw, indent, bullet, number, task }: Pending): MinutesLine {
  const segments = parseInlineMarkup(raw.replace(/\s+/gu, ' ').trim());
  const item = bullet || task || (number !== null && !number.startsWith('§'));
  return {
    text: segmentsText(segments),
    kind: item ? 'item' : 'paragraph',
    level: item ? (indent > 0 && bullet ? 2 : 1) : 0,
    number,
    task,
    segments,
  };
}
