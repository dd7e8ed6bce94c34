import MarkdownIt, { type Token } from 'markdown-it';
import { cleanText } from './cleanText.js';
import { continuesLine } from './continuesLine.js';
import type { LineSegment, MinutesLine } from './MinutesLine.js';
import { segmentsText } from './parseInlineMarkup.js';
import { parseLineStart } from './parseLineStart.js';

const markdown = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);

interface Block {
  kind: MinutesLine['kind'];
  level: number;
  number: string | null;
}

/** Markdown as logical lines: headings, paragraphs and list items, with inline markup taken off. */
export function markdownLines(text: string): MinutesLine[] {
  const tokens = markdown.parse(cleanText(text), {});
  const lines: MinutesLine[] = [];
  const lists: { ordered: boolean }[] = [];
  let block: Block = { kind: 'paragraph', level: 0, number: null };
  let itemNumber: string | null = null;
  let cells: string[] | null = null;
  let head = false;
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open' });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        itemNumber = lists.at(-1)?.ordered ? token.info || null : null;
        break;
      case 'heading_open':
        block = { kind: 'heading', level: Number(token.tag.slice(1)) || 1, number: null };
        break;
      case 'paragraph_open':
        block =
          lists.length > 0
            ? { kind: 'item', level: lists.length, number: itemNumber }
            : { kind: 'paragraph', level: 0, number: null };
        itemNumber = null;
        break;
      case 'hr':
        lines.push({ text: '', kind: 'rule', level: 0, number: null, task: false, segments: [] });
        break;
      case 'thead_open':
        head = true;
        break;
      case 'thead_close':
        head = false;
        break;
      case 'tr_open':
        cells = [];
        break;
      case 'tr_close':
        if (cells?.some((cell) => cell !== '')) {
          const row = cells.join(' | ');
          lines.push({
            text: row,
            kind: 'item',
            level: 1,
            number: null,
            task: false,
            segments: [{ text: row, bold: false }],
            cells,
            tableHeader: head,
          });
        }
        cells = null;
        break;
      case 'inline':
        if (cells) cells.push(segmentsText(inlineSegments(token.children ?? [])[0] ?? []));
        else pushInline(lines, block, token.children ?? []);
        break;
      case 'fence':
      case 'code_block':
        for (const line of token.content.split('\n'))
          pushInline(lines, { kind: 'paragraph', level: 0, number: null }, [textToken(line)]);
        break;
      case 'html_block':
        pushInline(lines, { kind: 'paragraph', level: 0, number: null }, [
          textToken(token.content.replace(/<[^>]*>/gu, ' ')),
        ]);
        break;
    }
  }
  return lines;
}

function pushInline(lines: MinutesLine[], block: Block, children: Token[]) {
  let first = true;
  for (const segments of inlineSegments(children)) {
    const text = segmentsText(segments);
    if (text === '') continue;
    const previous = lines.at(-1);
    if (!first && previous && continuesLine(previous.text, text) !== 'none') {
      previous.segments.push({ text: ' ', bold: false }, ...segments);
      previous.text = segmentsText(previous.segments);
      continue;
    }
    const start = first ? parseLineStart(text) : null;
    let own = segments;
    if (start && start.rest !== text && (start.number || start.task))
      own = dropPrefix(segments, text.length - start.rest.length);
    const number = block.number ?? (block.kind !== 'item' && start?.number ? start.number : null);
    lines.push({
      text: segmentsText(own),
      kind: first ? block.kind : 'paragraph',
      level: first ? block.level : 0,
      number: first ? number : null,
      task: first ? (start?.task ?? false) : false,
      segments: own,
    });
    first = false;
  }
}

/** Inline tokens as segments per visual line: a line break outside bold text starts a new line. */
function inlineSegments(children: Token[]): LineSegment[][] {
  const result: LineSegment[][] = [[]];
  let bold = 0;
  for (const child of children) {
    const current = result.at(-1) as LineSegment[];
    switch (child.type) {
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold = Math.max(0, bold - 1);
        break;
      case 'softbreak':
      case 'hardbreak':
        if (bold > 0) current.push({ text: ' ', bold: true });
        else result.push([]);
        break;
      case 'text':
      case 'code_inline':
        current.push({ text: child.content, bold: bold > 0 });
        break;
      case 'image':
        current.push({ text: child.content, bold: bold > 0 });
        break;
      case 'html_inline':
        if (/^<br\s*\/?>$/iu.test(child.content)) result.push([]);
        break;
    }
  }
  return result.map(mergeSegments);
}

function mergeSegments(segments: LineSegment[]): LineSegment[] {
  const merged: LineSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && last.bold === segment.bold) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

function dropPrefix(segments: LineSegment[], length: number): LineSegment[] {
  let remaining = length;
  const out: LineSegment[] = [];
  for (const segment of segments) {
    const text = segment.text.replace(/^\s+/u, (space) => (out.length === 0 ? '' : space));
    if (remaining <= 0) out.push(segment);
    else if (text.length <= remaining) remaining -= text.length;
    else {
      out.push({ text: text.slice(remaining), bold: segment.bold });
      remaining = 0;
    }
  }
  return out;
}

function textToken(content: string): Token {
  return { type: 'text', content } as Token;
}
