import { blocksOf } from './blocksOf.js';
import { blocksToHtml } from './blocksToHtml.js';
import { escapeHtml } from './escapeHtml.js';
import { formatDate } from './formatDate.js';
import { meetingFacts } from './meetingFacts.js';
import { safeHref } from './safeHref.js';
import type { VersionContent } from './VersionContent.js';
import { versionHeaderHtml } from './versionHeaderHtml.js';
import { VERSION_STYLE } from './versionStyle.js';
import { type Wording, wordingFor } from './wordingFor.js';

export interface VersionHtmlOptions {
  /** Say that passages were masked before publishing. */
  maskedNote?: boolean;
  /** Links to the exports of this version; relative URLs are allowed. */
  exportLinks?: Array<{ format: string; href: string }>;
}

/**
 * The read-only page of a finalised version: one standalone HTML document with no script and no
 * external asset. Every piece of content is escaped.
 */
export function renderVersionHtml(content: VersionContent, options: VersionHtmlOptions = {}): string {
  const w = wordingFor(content.lang);
  const { title } = meetingFacts(content, w);
  const date = content.minutes.date ?? content.meeting.date;
  const pageTitle = [title, date && formatDate(date, w.lang), `${w.version} ${content.version.number}`]
    .filter(Boolean)
    .join(' – ');
  return [
    '<!doctype html>',
    `<html lang="${content.lang === 'en' ? 'en' : 'sv'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(pageTitle)}</title>`,
    `<style>${VERSION_STYLE}</style>`,
    '</head>',
    '<body>',
    downloadsHtml(options.exportLinks ?? [], w),
    versionHeaderHtml(content, w, options.maskedNote === true),
    '<main>',
    blocksToHtml(blocksOf(content.document), w),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function downloadsHtml(links: ReadonlyArray<{ format: string; href: string }>, w: Wording): string {
  const items = links.flatMap(({ format, href }) => {
    const url = safeHref(href, { allowRelative: true });
    return url ? [`<li><a href="${escapeHtml(url)}">${escapeHtml(format)}</a></li>`] : [];
  });
  if (items.length === 0) return '';
  return `<nav class="downloads" aria-label="${escapeHtml(w.downloads)}">\n<ul>\n${items.join('\n')}\n</ul>\n</nav>`;
}
