/** The search page for `query`, as the header's search field opens it. */
export function searchPath(query: string): string {
  return `/search?${new URLSearchParams({ q: query.trim() })}`;
}

/** The query of the search page's address (its `search` part, with or without `?`). */
export function queryOf(search: string): string {
  return new URLSearchParams(search).get('q') ?? '';
}
