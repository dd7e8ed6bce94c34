import PDFDocument from 'pdfkit';
import { blocksOf } from './blocksOf.js';
import { approvalLines, finalisedText, meetingFacts } from './meetingFacts.js';
import { MUTED_COLOUR, type Pdf, PdfWriter } from './PdfWriter.js';
import { toWinAnsi } from './toWinAnsi.js';
import type { VersionContent } from './VersionContent.js';
import { type Wording, wordingFor } from './wordingFor.js';
import { writePdfBlocks } from './writePdfBlocks.js';

const MARGIN = 56;

/**
 * The version as an A4 PDF with extractable text, in PDFKit's built-in Helvetica (WinAnsi, which
 * covers å, ä and ö, so no font file is needed).
 */
export function versionToPdf(content: VersionContent): Promise<Buffer> {
  const w = wordingFor(content.lang);
  const { title } = meetingFacts(content, w);
  const finalisedAt = new Date(content.version.finalisedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
    bufferPages: true,
    lang: content.lang === 'en' ? 'en-GB' : 'sv-SE',
    displayTitle: true,
    info: {
      Title: title,
      Author: content.version.finalisedBy,
      Creator: 'Minutes',
      ...(Number.isNaN(finalisedAt.getTime()) ? {} : { CreationDate: finalisedAt }),
    },
  });
  const done = collect(doc);
  const pdf = new PdfWriter(doc, MARGIN, doc.page.width - 2 * MARGIN);
  writeHead(pdf, content, w);
  writePdfBlocks(pdf, blocksOf(content.document), w);
  writeFooters(doc, `${title} · ${w.version} ${content.version.number}`, w);
  doc.end();
  return done;
}

function writeHead(pdf: PdfWriter, content: VersionContent, w: Wording): void {
  const { series, title, facts, videoLink } = meetingFacts(content, w);
  if (series) pdf.write([{ text: series, font: 'Helvetica-Bold' }], { size: 10, colour: MUTED_COLOUR });
  pdf.write([{ text: title, font: 'Helvetica-Bold' }], { size: 20, gap: 8 });
  for (const { label, value } of facts)
    pdf.write([{ text: `${label}: `, font: 'Helvetica-Bold' }, { text: value }]);
  if (videoLink) pdf.write([{ text: `${w.videoLink}: `, font: 'Helvetica-Bold' }, { text: videoLink }]);
  pdf.write([{ text: finalisedText(content, w) }], { size: 10, colour: MUTED_COLOUR, gap: 2 });
  pdf.write([{ text: `SHA-256: ${content.version.sha256}` }], { size: 8, colour: MUTED_COLOUR });
  pdf.heading(content.verified ? w.verified : w.verification, 14);
  const approvals = approvalLines(content, w);
  if (approvals.length === 0) pdf.write([{ text: w.notYetVerified }]);
  for (const line of approvals) pdf.write([{ text: `• ${line}` }], { gap: 2 });
}

function writeFooters(doc: Pdf, text: string, w: Wording): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make PDFKit add a page.
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED_COLOUR);
    doc.text(toWinAnsi(`${text} · ${w.pageOf(index + 1, count)}`), MARGIN, doc.page.height - bottom + 16, {
      width: doc.page.width - 2 * MARGIN,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

function collect(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
