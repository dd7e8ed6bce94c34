import { cleanText } from './cleanText.js';
import { continuesLine } from './continuesLine.js';
import { dropPageFurniture } from './dropPageFurniture.js';
import type { MinutesLine } from './MinutesLine.js';
import { matchLabel } from './matchLabel.js';
import { parseInlineMarkup, segmentsText } from './parseInlineMarkup.js';
import { parseLineStart } from './parseLineStart.js';
import { tableColumns } from './tableColumns.js';

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
  let table: number | null = null;
  let columnTable = false;
  // A tab between words separates columns (text copied out of a Word table or a form).
  const plain = cleanText(text.replace(/(?<=\S)[ \t]*\t[ \t]*(?=\S)/gu, '    '));
  for (const rawLine of dropPageFurniture(plain.split('\n'))) {
    const columns = /\S {4,}\S/u.test(rawLine.trim());
    const trimmed = rawLine.trim();
    if (trimmed === '') continue;
    if (/^\|.*\|$/u.test(trimmed)) {
      flush();
      table = tableRow(lines, trimmed.slice(1, -1).split('|'), table);
      continue;
    }
    table = null;
    const cells = columns ? trimmed.split(/ {4,}/u) : [];
    columnTable = columns && (columnTable || tableColumns(cells)?.kind === 'actions');
    if (columnTable) {
      flush();
      tableRow(lines, cells, lines.at(-1)?.cells ? 1 : null);
      continue;
    }
    if (/^(?:[-_*=]\s*){3,}$/u.test(trimmed)) {
      flush();
      lines.push({ text: '', kind: 'rule', level: 0, number: null, task: false, segments: [] });
      continue;
    }
    const lead = parseLineStart(trimmed);
    const start = { ...lead, rest: columnsOf(lead.rest) };
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

/**
 * Columns of a form or a signature block ("Beslutande        Anna Berg (S)"): a label in the first
 * column reads as "Beslutande: Anna Berg (S)", other columns are kept apart with "; ", and so is a
 * row of labels only ("Vid protokollet        Justeras").
 */
function columnsOf(text: string): string {
  const [head = '', ...rest] = text.split(/(?<=\S) {4,}(?=\S)/u);
  if (rest.length === 0) return text;
  const joined = rest.join('; ');
  if (rest.some((column) => matchLabel(column.replace(/[:：]?$/u, ':'))?.rest === ''))
    return `${head}; ${joined}`;
  if (/[:：]$/u.test(head)) return `${head} ${joined}`;
  return matchLabel(`${head}:`)?.rest === '' ? `${head}: ${joined}` : `${head}; ${joined}`;
}

/** A row of a table typed in plain text (pipes or columns); the first row names the columns. */
function tableRow(lines: MinutesLine[], raw: readonly string[], rows: number | null): number {
  const cells = raw.map((cell) => cell.trim());
  if (cells.every((cell) => /^:?-{2,}:?$/u.test(cell))) return rows ?? 0;
  if (cells.every((cell) => cell === '')) return rows ?? 0;
  const text = cells.join(' | ');
  lines.push({
    text,
    kind: 'item',
    level: 1,
    number: null,
    task: false,
    segments: [{ text, bold: false }],
    cells,
    tableHeader: rows === null,
  });
  return (rows ?? 0) + 1;
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
