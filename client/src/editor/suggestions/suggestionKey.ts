/** A paragraph's text as dismissals are keyed: trimmed, spaces collapsed, lower case. */
export function suggestionKey(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('sv');
}
