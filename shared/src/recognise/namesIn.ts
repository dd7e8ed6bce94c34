import { looksLikeName } from './looksLikeName.js';
import { matchLabel } from './matchLabel.js';

/** A mention as code forges write it: "@marta". */
export const HANDLE = /^@[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}$/u;
const TITLE =
  '(?:dr|prof|professor|assoc\\.?\\s+prof(?:essor)?|associate\\s+professor|emeritus\\s+professor|mr|mrs|ms|miss|mx|sir|dame|cllr|councillor|rev|revd|reverend|fr|hon|pc|dc|sgt|insp)\\.?\\s+';
export const HONORIFIC = new RegExp(`^(?:${TITLE})+(?=\\p{Lu})`, 'iu');
/** Where a list of titled names ("Dr A, Library Services, Mr B") starts its next person. */
export const BEFORE_TITLE = new RegExp(`\\s*[,;]\\s*(?=(?:${TITLE})+\\p{Lu})`, 'iu');
export const SEPARATOR = /\s*[,;]\s*|\s+(?:och|and|samt|&)\s+/u;

/** "Professor Jane Thompson" is Jane Thompson; "Dr" or "Ms" is no part of the name. */
export const stripHonorific = (name: string): string => name.replace(HONORIFIC, '');

/** The person names in a short value such as "Anna Berg (ordförande), Lisa Ström" or "@marta". */
export function namesIn(value: string): string[] {
  return value
    .replace(/\([^)]*\)/gu, ' ')
    .split(SEPARATOR)
    .map((part) => stripHonorific(part.split(/\s+[-–—]\s+/u)[0]?.trim() ?? ''))
    .flatMap((part) =>
      HANDLE.test(part)
        ? [part.slice(1)]
        : looksLikeName(part, { lenient: true }) && !matchLabel(part)
          ? [part]
          : [],
    );
}

/** Splits at the separators that stand outside parentheses: "Anna (ordf., Region X), Bo". */
export function splitOutside(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const global = new RegExp(
    separator.source,
    separator.flags.includes('g') ? separator.flags : `${separator.flags}g`,
  );
  for (const match of text.matchAll(global)) {
    const at = match.index ?? 0;
    depth = 0;
    for (let k = start; k < at; k++) {
      if (text[k] === '(') depth++;
      else if (text[k] === ')') depth = Math.max(0, depth - 1);
    }
    if (depth > 0 || match[0] === '') continue;
    parts.push(text.slice(start, at));
    start = at + match[0].length;
  }
  parts.push(text.slice(start));
  return parts;
}
