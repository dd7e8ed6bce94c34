import type * as Y from 'yjs';
import { suggestionKey } from './suggestionKey';

/** Name of the Y.Map beside the document; the server's schema does not read it. */
export const DISMISSED_FIELD = 'dismissedSuggestions';

/**
 * The suggestions someone has dismissed, kept in the shared Y.Doc so that they stay dismissed for
 * everyone and after a reload. Keyed by the paragraph's normalised text.
 */
export class DismissedSuggestions {
  readonly #map: Y.Map<true>;

  constructor(doc: Y.Doc) {
    this.#map = doc.getMap<true>(DISMISSED_FIELD);
  }

  has(text: string): boolean {
    return this.#map.has(suggestionKey(text));
  }

  dismiss(text: string): void {
    this.#map.set(suggestionKey(text), true);
  }

  /** Calls `listener` whenever anyone dismisses a suggestion; returns the unsubscribe. */
  observe(listener: () => void): () => void {
    this.#map.observe(listener);
    return () => this.#map.unobserve(listener);
  }
}
