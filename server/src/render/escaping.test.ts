import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { hostileVersion, IMG, JAVASCRIPT_URL, PAYLOAD, SCRIPT } from './hostileVersion.fixture.js';
import { flatten, pdfText } from './pdfText.fixture.js';
import { renderVersionHtml } from './renderVersionHtml.js';
import { versionToDocx } from './versionToDocx.js';
import { versionToMarkdown } from './versionToMarkdown.js';
import { versionToPdf } from './versionToPdf.js';

const escaped = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

describe('every rendering of a hostile version keeps its markup as text', () => {
  it('HTML has no script, no element from the content, and no javascript: link', () => {
    const html = renderVersionHtml(hostileVersion(), {
      exportLinks: [
        { format: PAYLOAD, href: JAVASCRIPT_URL },
        { format: 'PDF', href: 'export.pdf' },
      ],
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/javascript:alert\(1\)"/);
    expect(html).not.toContain('onmouseover="');
    expect(html).toContain(escaped(SCRIPT));
    expect(html).toContain(escaped(IMG));
    // Only the safe export link stays, and every other link is to a place on the page.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.filter((href) => !href?.startsWith('#'))).toEqual(['export.pdf']);
  });

  it('HTML keeps a payload in each field it shows', () => {
    const html = renderVersionHtml(hostileVersion(), {});
    // Title, series, time, room, attendee name/role/organisation, agenda title, presenter,
    // paragraph, decisions (2) with reservations (2) and a verifier, task, assignee and due,
    // next-meeting time and place, finaliser, hash (2), approvals (name ×2, comment): at least 25.
    expect(html.split(escaped(SCRIPT)).length - 1).toBeGreaterThanOrEqual(25);
  });

  it('Markdown stays text even where HTML in Markdown is allowed', () => {
    const markdown = versionToMarkdown(hostileVersion());
    const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain(escaped(SCRIPT).replaceAll('&quot;', '"'));
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  it('Word text holds the payloads literally', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await versionToDocx(hostileVersion()) });
    expect(value).toContain(SCRIPT);
    expect(value).toContain(IMG);
    expect(value).toContain(`Beslut: ${PAYLOAD}`);
  });

  it('PDF text holds the payloads literally', async () => {
    const text = flatten(pdfText(await versionToPdf(hostileVersion())));
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
    expect(text).toContain(`Beslut: ${PAYLOAD}`);
  });
});
