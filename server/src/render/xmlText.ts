// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove.
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;

/** Text that XML can hold: Word refuses a file with control characters, which a hostile document may contain. */
export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}
