import type { AgendaItemBlock, AttendeeRow, Block, DecisionBlock, TaskBlock } from './Block.js';
import { decisionNotes, nextMeetingText, taskDetails } from './blockDetails.js';
import {
  ACCENT_COLOUR,
  MUTED_COLOUR,
  type PdfRun,
  type PdfWriter,
  runsOf,
  TEXT_COLOUR,
} from './PdfWriter.js';
import { plainText } from './plainText.js';
import { toWinAnsi } from './toWinAnsi.js';
import type { Wording } from './wordingFor.js';

const HEADING_SIZES = [16, 14, 12.5, 11.5, 11, 11];
const LIST_INDENT = 16;
const BLOCK_INDENT = 12;

/** The document's blocks, in order, in the same shape as the read-only page. */
export function writePdfBlocks(pdf: PdfWriter, blocks: readonly Block[], w: Wording, level = 2): void {
  for (const block of blocks) writeBlock(pdf, block, w, level);
}

function writeBlock(pdf: PdfWriter, block: Block, w: Wording, level: number): void {
  switch (block.kind) {
    case 'meetingHeader':
      break;
    case 'attendees':
      writeAttendees(pdf, block.rows, w, level);
      break;
    case 'agendaItem':
      writeAgendaItem(pdf, block, w, level);
      break;
    case 'heading':
      pdf.heading(plainText(block.spans), headingSize(level + block.level - 1));
      break;
    case 'paragraph':
      pdf.write(runsOf(block.spans));
      break;
    case 'codeBlock':
      pdf.write([{ text: block.text, font: 'Courier' }], { size: 10 });
      break;
    case 'list':
      block.items.forEach((item, index) => {
        writeListItem(pdf, block.ordered ? `${block.start + index}.` : '•', item, w, level);
      });
      break;
    case 'quote':
      writePdfBlocks(pdf.indented(BLOCK_INDENT), block.blocks, w, level);
      break;
    case 'decision':
      writeMarked(pdf, decisionRuns(block, w), decisionNotes(block, w), ACCENT_COLOUR);
      break;
    case 'task':
      writeMarked(pdf, taskRuns(block, w), [taskDetails(block, w).join(' · ')], MUTED_COLOUR);
      break;
    case 'nextMeeting':
      pdf.heading(w.nextMeeting, headingSize(level));
      pdf.write([{ text: nextMeetingText(block, w) }]);
      break;
    case 'rule':
      pdf.rule();
      break;
  }
}

function writeListItem(
  pdf: PdfWriter,
  marker: string,
  item: readonly Block[],
  w: Wording,
  level: number,
): void {
  pdf.keepSpace(30);
  const top = pdf.doc.y;
  pdf.doc.font('Helvetica').fontSize(11).fillColor(TEXT_COLOUR);
  pdf.doc.text(marker, pdf.x, top, { width: LIST_INDENT, lineBreak: false });
  pdf.doc.y = top;
  writePdfBlocks(pdf.indented(LIST_INDENT), item, w, level);
}

function writeAgendaItem(pdf: PdfWriter, item: AgendaItemBlock, w: Wording, level: number): void {
  pdf.heading(w.agendaHeading(item.number, item.title), headingSize(level));
  if (item.status === 'tabled')
    pdf.write([{ text: w.tabled, font: 'Helvetica-Bold' }], { colour: '#7c2d12' });
  if (item.presenter) pdf.write([{ text: `${w.presenter}: ${item.presenter}` }], { colour: MUTED_COLOUR });
  writePdfBlocks(pdf, item.blocks, w, level + 1);
}

const decisionRuns = (decision: DecisionBlock, w: Wording): PdfRun[] => [
  { text: `${w.decision}: `, font: 'Helvetica-Bold' },
  ...runsOf(decision.spans),
];

const taskRuns = (task: TaskBlock, w: Wording): PdfRun[] => [
  { text: `${w.task}: `, font: 'Helvetica-Bold' },
  ...runsOf(task.spans),
];

/** A decision or a task: a bar beside it, its notes below, and all of it on one page. */
function writeMarked(pdf: PdfWriter, runs: PdfRun[], notes: readonly string[], colour: string): void {
  const inner = pdf.indented(BLOCK_INDENT);
  const height =
    inner.heightOf(runs) + notes.reduce((sum, note) => sum + inner.heightOf([{ text: note }], 10), 0);
  pdf.keepSpace(height + 16);
  pdf.doc.moveDown(0.3);
  const top = pdf.doc.y;
  const page = pdf.doc.page;
  inner.write(runs, { gap: notes.length > 0 ? 2 : 4 });
  for (const note of notes) inner.write([{ text: note }], { size: 10, colour: MUTED_COLOUR, gap: 2 });
  inner.bar(top, page, colour);
  pdf.doc.moveDown(0.4);
}

function writeAttendees(pdf: PdfWriter, rows: readonly AttendeeRow[], w: Wording, level: number): void {
  if (rows.length === 0) return;
  pdf.heading(w.attendees, headingSize(level));
  const header = [w.name, w.roleAndOrganisation, w.attendance].map((text) => ({
    text: toWinAnsi(text),
    font: { src: 'Helvetica-Bold' },
    type: 'TH' as const,
  }));
  const body = rows.map((row) => [
    toWinAnsi(row.duty ? `${row.name}\n${w.dutyOf[row.duty]}` : row.name),
    toWinAnsi([row.role, row.organisation].filter(Boolean).join('\n')),
    toWinAnsi(w.attendanceOf[row.attendance]),
  ]);
  pdf.doc.font('Helvetica').fontSize(10).fillColor('#1b1b1b');
  pdf.doc.table({
    position: { x: pdf.x },
    maxWidth: pdf.width,
    columnStyles: ['*', '*', 100],
    defaultStyle: {
      border: { top: 0, right: 0, bottom: 0.5, left: 0 },
      borderColor: { bottom: '#999999' },
      padding: { top: 3, right: 4, bottom: 3, left: 0 },
    },
    data: [header, ...body],
  });
  pdf.doc.x = pdf.x;
  pdf.doc.moveDown(0.5);
}

function headingSize(level: number): number {
  return HEADING_SIZES[Math.min(HEADING_SIZES.length, Math.max(1, level)) - 1] as number;
}
