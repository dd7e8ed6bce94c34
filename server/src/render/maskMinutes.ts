import type { Minutes } from '@minutes/shared';
import { masker } from './masker.js';
import { maskStrings } from './maskStrings.js';

const KEEP = new Set(['id', 'agendaItemId', 'number', 'agendaItemNumber', 'status', 'attendance', 'duty']);

/** A copy of the extracted minutes with every masked passage replaced by "█████", in every field. */
export function maskMinutes(minutes: Minutes, masks: readonly string[]): Minutes {
  return maskStrings(minutes, masker(masks), KEEP);
}
