/** Where following a link in the minutes goes: a page of this app, or a new tab for anything else. */
export type LinkTarget = { kind: 'app'; path: string } | { kind: 'external'; url: string };

/**
 * What to do with a link's `href` followed from `here` (the page's address): a link on this site
 * stays in the app (path, query and hash); an http(s) or mailto link elsewhere opens in a new tab;
 * anything else (`javascript:`, `data:`, an unreadable address) is not followed at all.
 */
export function linkTarget(href: string, here: string): LinkTarget | null {
  let url: URL;
  try {
    url = new URL(href, here);
  } catch {
    return null;
  }
  if (url.origin === new URL(here).origin && (url.protocol === 'http:' || url.protocol === 'https:')) {
    return { kind: 'app', path: `${url.pathname}${url.search}${url.hash}` };
  }
  if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') {
    return { kind: 'external', url: url.href };
  }
  return null;
}
