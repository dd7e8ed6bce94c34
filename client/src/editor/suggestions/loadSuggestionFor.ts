import type { suggestionFor } from '@minutes/shared/recognise';

export type SuggestionFor = typeof suggestionFor;

let loading: Promise<SuggestionFor> | null = null;

/**
 * The recogniser, loaded on its own: with its date parser and Markdown reader it is about a fifth of
 * the editor's size, and the editor is usable before it arrives.
 */
export function loadSuggestionFor(): Promise<SuggestionFor> {
  loading ??= import('@minutes/shared/recognise').then(
    (module) => module.suggestionFor,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
