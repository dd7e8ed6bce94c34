/** A minutes file that cannot be read: missing, a directory, empty, binary, not UTF-8, a corrupt .docx. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';
}
