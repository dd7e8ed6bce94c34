import type { ImportFailure } from '@minutes/shared';

/** A minutes file or text that cannot be read, with a message that says why. */
export class ExtractError extends Error {
  constructor(
    message: string,
    readonly reason: ImportFailure = 'unreadable',
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
