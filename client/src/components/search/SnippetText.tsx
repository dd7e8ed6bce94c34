import type { SnippetPart } from '@minutes/shared';
import { Fragment } from 'react';

/** A line of a search hit as text, the words that match in <mark>; never read as HTML. */
export function SnippetText({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence, never reordered.
          <mark key={index} className="search-hit__mark">
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
