/** Why a minutes file or text could not be imported; the client words each one in its language. */
export const IMPORT_FAILURES = [
  'empty',
  'binary',
  'encoding',
  'unsupported',
  'pdf',
  'docx',
  'tooLarge',
  'unreadable',
] as const;

export type ImportFailure = (typeof IMPORT_FAILURES)[number];
