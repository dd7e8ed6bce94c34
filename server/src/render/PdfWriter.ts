import type { Span } from './Block.js';
import { toWinAnsi } from './toWinAnsi.js';

export type Pdf = PDFKit.PDFDocument;

/** A run of text in one font, ready for PDFKit. */
export interface PdfRun {
  text: string;
  font?: 'Helvetica' | 'Helvetica-Bold' | 'Helvetica-Oblique' | 'Helvetica-BoldOblique' | 'Courier';
  link?: string | null;
  strike?: boolean;
}

export const TEXT_COLOUR = '#1b1b1b';
export const MUTED_COLOUR = '#4a4a4a';
export const ACCENT_COLOUR = '#0b4f8a';

/**
 * Where on the page blocks go: PDFKit's flowing text, indented for lists and marked blocks, with
 * the few layout rules the minutes need (keep a block on one page, a heading with what follows).
 */
export class PdfWriter {
  constructor(
    readonly doc: Pdf,
    readonly x: number,
    readonly width: number,
  ) {}

  indented(by: number): PdfWriter {
    return new PdfWriter(this.doc, this.x + by, this.width - by);
  }

  /** One paragraph of runs; nothing is written for runs without text. */
  write(runs: readonly PdfRun[], { size = 11, colour = TEXT_COLOUR, gap = 4 } = {}): void {
    const shown = runs.filter((run) => run.text !== '');
    if (shown.length === 0) return;
    const { doc } = this;
    doc.fontSize(size).fillColor(colour);
    shown.forEach((run, index) => {
      const options = {
        width: this.width,
        continued: index < shown.length - 1,
        link: run.link ?? null,
        underline: Boolean(run.link),
        strike: run.strike === true,
        lineGap: 1.5,
      };
      doc.font(run.font ?? 'Helvetica');
      if (index === 0) doc.text(toWinAnsi(run.text), this.x, doc.y, options);
      else doc.text(toWinAnsi(run.text), options);
    });
    doc.moveDown(gap / size);
    doc.x = this.x;
  }

  heading(text: string, size: number): void {
    this.keepSpace(size * 5);
    this.doc.moveDown(0.6);
    this.write([{ text, font: 'Helvetica-Bold' }], { size, gap: 6 });
  }

  rule(): void {
    const { doc } = this;
    const y = doc.y + 4;
    doc
      .save()
      .moveTo(this.x, y)
      .lineTo(this.x + this.width, y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke()
      .restore();
    doc.y = y + 8;
  }

  /** Starts a new page unless `height` points are left on this one. */
  keepSpace(height: number): void {
    const { doc } = this;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  }

  /** The height the runs would take, for keeping a block together. */
  heightOf(runs: readonly PdfRun[], size = 11): number {
    const text = toWinAnsi(runs.map((run) => run.text).join(''));
    return this.doc
      .font('Helvetica')
      .fontSize(size)
      .heightOfString(text, { width: this.width, lineGap: 1.5 });
  }

  /** A vertical bar beside a block written from `top` to here, when both are on this page. */
  bar(top: number, page: unknown, colour: string): void {
    const { doc } = this;
    if (page !== doc.page) return;
    doc
      .save()
      .moveTo(this.x - 8, top)
      .lineTo(this.x - 8, doc.y - 2)
      .lineWidth(2.5)
      .strokeColor(colour)
      .stroke()
      .restore();
  }
}

export function runsOf(spans: readonly Span[]): PdfRun[] {
  return spans.map((span) => ({
    text: span.text,
    font: span.code ? 'Courier' : fontOf(span.bold, span.italic),
    link: span.href,
    strike: span.strike,
  }));
}

function fontOf(bold: boolean, italic: boolean): NonNullable<PdfRun['font']> {
  if (bold && italic) return 'Helvetica-BoldOblique';
  if (bold) return 'Helvetica-Bold';
  return italic ? 'Helvetica-Oblique' : 'Helvetica';
}
