export interface LineSegment {
  text: string;
  bold: boolean;
}

/**
 * One logical line of the minutes: a heading, a paragraph (its PDF line breaks rejoined) or a list
 * item, with bullets, numbering and inline markup taken off.
 */
export interface MinutesLine {
  text: string;
  kind: 'heading' | 'paragraph' | 'item' | 'rule';
  /** Heading level (1–6), list depth for items (1 = top level), 0 for paragraphs. */
  level: number;
  /** Numbering as written ("3", "2.1", "§ 4"), without its dot. */
  number: string | null;
  /** A Markdown task item ("- [ ] …"). */
  task: boolean;
  segments: LineSegment[];
  /** The cells of a table row (the text joins them with " | "). */
  cells?: string[];
  /** The first row of its table, naming the columns. */
  tableHeader?: boolean;
}

export const plainSegments = (text: string): LineSegment[] => [{ text, bold: false }];
