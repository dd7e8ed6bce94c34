import { escapeHtml } from './escapeHtml.js';
import { approvalLines, finalisedText, meetingFacts } from './meetingFacts.js';
import { safeHref } from './safeHref.js';
import type { VersionContent } from './VersionContent.js';
import type { Wording } from './wordingFor.js';

const SHORT_HASH = 12;

/** The page's banner: meeting, version, hash, and the justering so far. */
export function versionHeaderHtml(content: VersionContent, w: Wording, maskedNote: boolean): string {
  const { series, title, facts, videoLink } = meetingFacts(content, w);
  const items = facts.map(({ label, value }) => fact(label, escapeHtml(value)));
  const video = safeHref(videoLink);
  if (videoLink) items.push(fact(w.videoLink, video ? link(video) : escapeHtml(videoLink)));
  const lines = [
    '<header>',
    series ? `<p class="series">${escapeHtml(series)}</p>` : '',
    `<h1>${escapeHtml(title)}</h1>`,
    items.length > 0 ? `<dl class="facts">\n${items.join('\n')}\n</dl>` : '',
    `<p class="version">${escapeHtml(finalisedText(content, w))}</p>`,
    hashHtml(content.version.sha256),
    maskedNote ? `<p class="masked-note">${escapeHtml(w.maskedNote)}</p>` : '',
    approvalsHtml(content, w),
    '</header>',
  ];
  return lines.filter(Boolean).join('\n');
}

function fact(label: string, valueHtml: string): string {
  return `<div><dt>${escapeHtml(label)}:</dt><dd>${valueHtml}</dd></div>`;
}

function link(href: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
}

function hashHtml(sha256: string): string {
  const short = sha256.length > SHORT_HASH ? `${sha256.slice(0, SHORT_HASH)}…` : sha256;
  return [
    '<details class="hash">',
    `<summary>SHA-256: <code>${escapeHtml(short)}</code></summary>`,
    `<code class="full">${escapeHtml(sha256)}</code>`,
    '</details>',
  ].join('\n');
}

function approvalsHtml(content: VersionContent, w: Wording): string {
  const lines = approvalLines(content, w);
  const heading = `<h2>${escapeHtml(content.verified ? w.verified : w.verification)}</h2>`;
  const body =
    lines.length > 0
      ? `<ul>\n${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}\n</ul>`
      : `<p>${escapeHtml(w.notYetVerified)}</p>`;
  return `<div class="approvals">\n${heading}\n${body}\n</div>`;
}
