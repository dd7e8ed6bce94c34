const WORD = '[\\p{L}\\p{N}_]';
const START = `(?<!${WORD})`;
const END = `(?!${WORD})`;

/**
 * The same pattern with `\b` meaning a boundary between letters and non-letters in any script:
 * JavaScript's own `\b` sees "ö" in "önskar" as a non-word character even with the u flag. A `\b`
 * after a letter, digit or group, or closing an alternative, ends a word; anywhere else it starts one.
 */
export function wordBoundaries(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  const source = pattern.source.replace(/\\b/gu, (_, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + 2] ?? '';
    if (after === '' || after === '|' || after === ')') return END;
    const escaped = whole[offset - 2] === '\\';
    return /[\p{L}\p{N})\]}]/u.test(before) && !escaped ? END : START;
  });
  return new RegExp(source, flags);
}
