const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
// Browsers drop tabs and newlines inside URLs ("java\nscript:"), so any of them makes a URL suspect.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/;

/**
 * The link target if it is safe to put in an href: http(s) and mailto, and with `allowRelative` a
 * relative URL on the same site. Anything else (javascript:, data:, …) gives null.
 */
export function safeHref(href: unknown, { allowRelative = false } = {}): string | null {
  if (typeof href !== 'string') return null;
  const url = href.trim();
  if (url === '' || CONTROL_OR_SPACE.test(url)) return null;
  const scheme = SCHEME.exec(url)?.[1];
  if (scheme) return ALLOWED_SCHEMES.has(scheme.toLowerCase()) ? url : null;
  return allowRelative && !url.startsWith('\\') ? url : null;
}
