/** Line ends, odd spaces and control characters made plain, so the rules see ordinary text. */
export function cleanText(text: string): string {
  return text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    .replace(/\f/gu, '\n\n')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000\t]/gu, ' ')
    .replace(/[\u200B-\u200D\u2060\u00AD]/gu, '')
    .replace(/(?![\n\t])[\p{Cc}\uFFFD]/gu, ' ');
}
