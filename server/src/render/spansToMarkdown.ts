import type { Span } from './Block.js';
import { escapeMarkdown } from './escapeMarkdown.js';

/** Inline content as Markdown; a hard break ends a line with a backslash. */
export function spansToMarkdown(spans: readonly Span[]): string {
  return spans.map((span) => (span.text === '\n' ? '\\\n' : spanToMarkdown(span))).join('');
}

function spanToMarkdown(span: Span): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(span.text) ?? [];
  if (core === '') return escapeMarkdown(span.text);
  let md = span.code ? codeSpan(core) : escapeMarkdown(core);
  if (span.bold) md = `**${md}**`;
  if (span.italic) md = `_${md}_`;
  if (span.strike) md = `~~${md}~~`;
  // Markdown has no underline; the text stays.
  if (span.href) md = `[${md}](<${span.href.replace(/[<>\\]/g, encodeURIComponent)}>)`;
  return `${lead ? ' ' : ''}${md}${trail ? ' ' : ''}`;
}

/** A code span whose fence is longer than any run of backticks inside it. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/[\r\n]+/g, ' ')}${pad}${fence}`;
}
