import {
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AgendaItemBlock, AttendeeRow, Block, Span } from './Block.js';
import { decisionNotes, nextMeetingText, taskDetails } from './blockDetails.js';
import { plainText } from './plainText.js';
import type { Wording } from './wordingFor.js';
import { xmlText } from './xmlText.js';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
const MUTED = '4A4A4A';
const INDENT = 360;

/** The document's blocks as Word paragraphs and tables; `level` is the heading level of a section. */
export function docxBlocks(
  blocks: readonly Block[],
  w: Wording,
  level = 1,
  depth = 0,
): Array<Paragraph | Table> {
  return blocks.flatMap((block) => docxBlock(block, w, level, depth));
}

export function heading(text: string, level: number): Paragraph {
  return new Paragraph({ text: xmlText(text), heading: HEADINGS[Math.min(6, Math.max(1, level)) - 1] });
}

export function muted(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: xmlText(text), color: MUTED })] });
}

function docxBlock(block: Block, w: Wording, level: number, depth: number): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'meetingHeader':
      return [];
    case 'attendees':
      return block.rows.length > 0 ? [heading(w.attendees, level), attendeeTable(block.rows, w)] : [];
    case 'agendaItem':
      return agendaItem(block, w, level, depth);
    case 'heading':
      return [heading(plainText(block.spans), level + block.level - 1)];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.spans), indent: { left: depth * INDENT } })];
    case 'codeBlock':
      return [new Paragraph({ children: [new TextRun({ text: xmlText(block.text), font: 'Courier New' })] })];
    case 'list':
      return block.items.flatMap((item, index) => {
        const marker = block.ordered ? `${block.start + index}. ` : '• ';
        const [first, ...rest] = item;
        if (first?.kind !== 'paragraph')
          return [listItem(marker, [], depth), ...docxBlocks(item, w, level, depth + 1)];
        return [listItem(marker, first.spans, depth), ...docxBlocks(rest, w, level, depth + 1)];
      });
    case 'quote':
      return docxBlocks(block.blocks, w, level, depth + 1);
    case 'decision':
      return marked(`${w.decision}: `, block.spans, decisionNotes(block, w), '0B4F8A', depth);
    case 'task':
      return marked(`${w.task}: `, block.spans, [taskDetails(block, w).join(' · ')], '5C5C5C', depth);
    case 'nextMeeting':
      return [heading(w.nextMeeting, level), new Paragraph({ text: xmlText(nextMeetingText(block, w)) })];
    case 'rule':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
        }),
      ];
  }
}

function listItem(marker: string, spans: readonly Span[], depth: number): Paragraph {
  return new Paragraph({
    children: [new TextRun(marker), ...runs(spans)],
    indent: { left: (depth + 1) * INDENT, hanging: INDENT },
  });
}

function agendaItem(
  item: AgendaItemBlock,
  w: Wording,
  level: number,
  depth: number,
): Array<Paragraph | Table> {
  const head: Paragraph[] = [heading(w.agendaHeading(item.number, item.title), level)];
  if (item.status === 'tabled')
    head.push(new Paragraph({ children: [new TextRun({ text: w.tabled, bold: true, color: '7C2D12' })] }));
  if (item.presenter) head.push(muted(`${w.presenter}: ${item.presenter}`));
  return [...head, ...docxBlocks(item.blocks, w, level + 1, depth)];
}

/** A decision or a task: a bold label, the text, a bar on the left, and its notes below. */
function marked(
  label: string,
  spans: readonly Span[],
  notes: readonly string[],
  colour: string,
  depth: number,
) {
  const border = { left: { style: BorderStyle.SINGLE, size: 18, color: colour, space: 8 } };
  const indent = { left: depth * INDENT + 160 };
  return [
    new Paragraph({
      children: [new TextRun({ text: xmlText(label), bold: true }), ...runs(spans)],
      border,
      indent,
      keepNext: notes.length > 0,
      keepLines: true,
      spacing: { before: 160, after: notes.length > 0 ? 0 : 160 },
    }),
    ...notes.map(
      (note, index) =>
        new Paragraph({
          children: [new TextRun({ text: xmlText(note), color: MUTED, size: 20 })],
          border,
          indent,
          keepNext: index < notes.length - 1,
          spacing: { after: index === notes.length - 1 ? 160 : 0 },
        }),
    ),
  ];
}

function attendeeTable(rows: readonly AttendeeRow[], w: Wording): Table {
  const cell = (lines: string[], bold = false) =>
    new TableCell({
      children: lines.map(
        (line) => new Paragraph({ children: [new TextRun({ text: xmlText(line), bold })] }),
      ),
    });
  const header = new TableRow({
    tableHeader: true,
    children: [w.name, w.roleAndOrganisation, w.attendance].map((label) => cell([label], true)),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(row.duty ? [row.name, w.dutyOf[row.duty]] : [row.name]),
          cell([row.role, row.organisation].filter((part): part is string => part !== null)),
          cell([w.attendanceOf[row.attendance]]),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] });
}

function runs(spans: readonly Span[]): ParagraphChild[] {
  return spans.map((span) => {
    if (span.text === '\n') return new TextRun({ break: 1 });
    const run = new TextRun({
      text: xmlText(span.text),
      bold: span.bold,
      italics: span.italic,
      strike: span.strike,
      ...(span.underline ? { underline: {} } : {}),
      ...(span.code ? { font: 'Courier New' } : {}),
      ...(span.href ? { style: 'Hyperlink' } : {}),
    });
    return span.href ? new ExternalHyperlink({ link: span.href, children: [run] }) : run;
  });
}
