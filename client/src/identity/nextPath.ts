/**
 * Where to go after signing in: the `next` parameter when it is a path on this site, else the start
 * page. Anything else (`//evil.example`, `https://…`, `/\evil`) could send the person elsewhere.
 */
export function nextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/** The sign-in page (or sign-up, `page`), asked to come back to `next` afterwards. */
export function signInPath(next: string, page: '/signin' | '/signup' = '/signin'): string {
  return next === '/' ? page : `${page}?${new URLSearchParams({ next })}`;
}
