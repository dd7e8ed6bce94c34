import type { TFunction } from 'i18next';
import { ApiError } from './ApiError';

/** The text to show a person for a failed call: the server's own message where it sent one. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('errors.network');
    if (error.code !== 'unknown') return error.message;
  }
  return t('errors.unknown');
}
