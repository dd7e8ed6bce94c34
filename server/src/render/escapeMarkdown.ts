const INLINE_MARKUP = /[\\`*_[\]<>|~&]/g;
const ORDERED_MARKER = /^(\s*\d+)([.)])/;
const BLOCK_MARKER = /^(\s*)([#>+=-])/;

/**
 * Text written by people, made inert in Markdown: characters that start inline markup are
 * backslash-escaped everywhere, those that start a block only at the start, and line breaks become
 * spaces so that the text cannot open a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(INLINE_MARKUP, '\\$&')
    .replace(ORDERED_MARKER, '$1\\$2')
    .replace(BLOCK_MARKER, '$1\\$2');
}
