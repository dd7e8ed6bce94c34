import { describe, expect, it } from 'vitest';
import { renderVersionHtml } from './renderVersionHtml.js';
import { IDS, sampleVersion } from './sampleVersion.fixture.js';

describe('renderVersionHtml', () => {
  const html = renderVersionHtml(sampleVersion(), {
    exportLinks: [
      { format: 'PDF', href: '/v/abc/export.pdf' },
      { format: 'Word', href: 'data:text/html,hello' },
    ],
  });

  it('is a standalone HTML5 page in Swedish with no script and only inline style', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/<script|<link|<img|\son[a-z]+=/i);
    expect(html).toContain('@media print');
    expect(html.indexOf('<header>')).toBeLessThan(html.indexOf('<main>'));
  });

  it('heads the page with the meeting, the version and its hash', () => {
    expect(html).toContain('<h1>Minnesanteckningar Styrgruppsmöte</h1>');
    expect(html).toContain('<dd>24 februari 2026</dd>');
    expect(html).toContain('<dd>13.00–15.00</dd>');
    expect(html).toContain('<dd>Stadshuset, rum Mälaren</dd>');
    expect(html).toContain('Version 2. Fastställd 24 februari 2026 kl. 15.30 av Malin Sjöqvist.');
    expect(html).toContain('<code>9f86d081884c…</code>');
    expect(html).toContain('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
  });

  it('lists who verified the minutes, with times', () => {
    expect(html).toContain('<h2>Justerade</h2>');
    expect(html).toContain('<li>Karin Dahlqvist Claesson, 25 februari 2026 kl. 09.12</li>');
    expect(html).toContain('<li>Marita Encke Dahlin, 26 februari 2026 kl. 10.40</li>');
  });

  it('shows the approvals so far while the minutes are not verified', () => {
    const version = sampleVersion({
      verified: false,
      approvals: [
        {
          name: 'Marita Encke Dahlin',
          verdict: 'changes_requested',
          comment: 'Stavning i § 3',
          at: '2026-02-25T10:00:00Z',
        },
      ],
    });
    const page = renderVersionHtml(version);
    expect(page).not.toContain('Justerade');
    expect(page).toContain('<h2>Justering</h2>');
    expect(page).toContain(
      'Marita Encke Dahlin, 25 februari 2026 kl. 11.00: Ändring begärd (Stavning i § 3)',
    );
    expect(renderVersionHtml(sampleVersion({ verified: false, approvals: [] }))).toContain(
      'Protokollet är inte justerat än.',
    );
  });

  it('gives every decision and task an anchor and a self-link', () => {
    for (const id of [IDS.decisionScope, IDS.decisionParents]) {
      expect(html).toContain(`id="beslut-${id}"`);
      expect(html).toContain(
        `<a class="self-link" href="#beslut-${id}" aria-label="Länk till beslutet">#</a>`,
      );
    }
    for (const id of [IDS.taskNetwork, IDS.taskProposal, IDS.taskFeedback]) {
      expect(html).toContain(`id="uppgift-${id}"`);
      expect(html).toContain(
        `<a class="self-link" href="#uppgift-${id}" aria-label="Länk till uppgiften">#</a>`,
      );
    }
  });

  it('renders the agenda as numbered sections with decisions, tasks and statuses', () => {
    expect(html).toMatch(/<section class="agenda-item">\n<h2>§ 3 Fortsättning NPF-delprojektet<\/h2>/);
    expect(html).toContain('<h2>§ 4 Följeforskning</h2>\n<p><span class="badge tabled">Bordlagd</span></p>');
    expect(html).toContain('<p class="presenter">Föredragande: Malin Sjöqvist</p>');
    expect(html).toContain(
      '<span class="label">Beslut:</span> Frågorna hanteras inom ramen för Tillsammans för barnens bästa.',
    );
    expect(html).toContain('<p class="note">Reservation: Johan Lindeberg</p>');
    expect(html).toContain(
      '<span class="badge verified">Omedelbart justerad</span> av Karin Dahlqvist Claesson, 24 februari 2026 kl. 14.05',
    );
    expect(html).toContain(
      'Ansvarig: Johan Lindeberg, Marita Encke Dahlin · Klart: 13 mars 2026 · Status: Öppen',
    );
    expect(html).toContain('Ansvarig: Malin Sjöqvist · Klart: efter sommaren · Status: Klar');
    expect(html).toContain(
      '<h2>Nästa möte</h2>\n<p>28 april 2026, 13.00–15.00, Region Sörmland, Nyköping</p>',
    );
  });

  it('lists the attendees in a table with their attendance in words', () => {
    expect(html).toContain('<th scope="col">Namn</th>');
    expect(html).toContain(
      '<tr><th scope="row">Johan Lindeberg</th><td>Skolchef<br>Katrineholms kommun</td><td>På distans</td></tr>',
    );
    expect(html).toContain('Karin Dahlqvist Claesson <span class="duty">Ordförande</span>');
    expect(html).toContain('<td>Anmält förhinder</td>');
  });

  it('keeps the document order', () => {
    const order = [
      'Deltagare',
      '§ 1 Ny',
      '§ 2 Status',
      'NPF-delprojektet</p></li>',
      'Beslut:',
      'Uppgift:',
      '§ 4',
      'Nästa möte',
    ];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('links to the exports that are safe to link to', () => {
    expect(html).toContain('<nav class="downloads" aria-label="Ladda ned">');
    expect(html).toContain('<li><a href="/v/abc/export.pdf">PDF</a></li>');
    expect(html).not.toContain('data:text/html');
    expect(renderVersionHtml(sampleVersion())).not.toContain('<nav');
  });

  it('says that passages were masked only when asked to', () => {
    expect(html).not.toContain('maskerats');
    expect(renderVersionHtml(sampleVersion(), { maskedNote: true })).toContain(
      '<p class="masked-note">Vissa uppgifter har maskerats i den här publicerade versionen.</p>',
    );
  });

  it('writes English when the version is in English', () => {
    const page = renderVersionHtml(sampleVersion({ lang: 'en' }));
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<h2>3. Fortsättning NPF-delprojektet</h2>');
    expect(page).toContain('<span class="label">Decision:</span>');
    expect(page).toContain('aria-label="Link to the task"');
    expect(page).toContain('Version 2. Finalised 24 February 2026, 15:30 by Malin Sjöqvist.');
    expect(page).toContain('<h2>Verified</h2>');
  });

  it('renders marks, safe links, hard breaks and nested lists', () => {
    const document = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'fet', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            {
              type: 'text',
              text: 'länk',
              marks: [{ type: 'link', attrs: { href: 'https://example.se/a?b=1&c=2' } }],
            },
            { type: 'text', text: ' och ' },
            {
              type: 'text',
              text: 'fel',
              marks: [{ type: 'link', attrs: { href: 'vbscript:x' } }, { type: 'italic' }],
            },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'tre' }] }] },
          ],
        },
        { type: 'unknownNode', content: [{ type: 'text', text: 'okänd nod' }] },
      ],
    };
    const page = renderVersionHtml(sampleVersion({ document, minutes: sampleVersion().minutes }));
    expect(page).toContain(
      '<p><strong>fet</strong><br><a href="https://example.se/a?b=1&amp;c=2">länk</a> och <em>fel</em></p>',
    );
    expect(page).toContain('<ol start="3">\n<li><p>tre</p></li>\n</ol>');
    expect(page).toContain('<p>okänd nod</p>');
  });
});
