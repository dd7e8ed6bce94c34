import { MASK } from './masker.js';

/** The 27 characters that Windows-1252 adds in 0x80–0x9F to Latin-1's printable range. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const SUBSTITUTES: Record<string, string> = {
  // Five em dashes draw one unbroken bar: the nearest WinAnsi has to the mask's █████.
  [MASK[0] as string]: '—',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '→': '->',
  '←': '<-',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '✓': 'v',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
};

const isWinAnsi = (char: string): boolean => {
  const code = char.codePointAt(0) as number;
  return (
    code === 0x0a ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRA.has(char)
  );
};

/**
 * Text that PDFKit's built-in fonts can show. They encode in WinAnsi (which covers å ä ö) and write
 * garbage for any other character, so the rest is decomposed to its base letter where that is
 * WinAnsi (ć → c), substituted from a short list, or else shown as "?".
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    if (isWinAnsi(char)) out += char;
    else if (SUBSTITUTES[char] !== undefined) out += SUBSTITUTES[char];
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}
