import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { sampleVersion } from './sampleVersion.fixture.js';
import { versionToMarkdown } from './versionToMarkdown.js';

describe('versionToMarkdown', () => {
  const markdown = versionToMarkdown(sampleVersion());

  it('writes the head, the justering and the agenda as headings', () => {
    expect(
      markdown.startsWith('Tillsammans för barnens bästa\n\n# Minnesanteckningar Styrgruppsmöte\n'),
    ).toBe(true);
    expect(markdown).toContain('**Datum:** 24 februari 2026  \n');
    expect(markdown).toContain('## Justerade\n\n- Karin Dahlqvist Claesson, 25 februari 2026 kl. 09.12\n');
    expect(markdown).toContain('## § 3 Fortsättning NPF-delprojektet\n');
    expect(markdown).toContain('## § 4 Följeforskning\n\n**Bordlagd**\n');
    expect(markdown).toContain('- Johan Lindeberg, Skolchef, Katrineholms kommun – På distans\n');
  });

  it('marks decisions and tasks', () => {
    expect(markdown).toContain(
      '**Beslut:** Frågorna hanteras inom ramen för Tillsammans för barnens bästa.  \nReservation: Johan Lindeberg\n',
    );
    expect(markdown).toContain(
      '- [ ] Johan och Marita tar med frågan till nästa skolchefsnätverksmöte. (Ansvarig: Johan Lindeberg, Marita Encke Dahlin, Klart: 13 mars 2026)\n',
    );
    expect(markdown).toContain(
      '- [x] Återkoppling ges om flödesförändringen på BUP. (Ansvarig: Malin Sjöqvist, Klart: efter sommaren)',
    );
    expect(markdown).toContain('## Nästa möte\n\n28 april 2026, 13.00–15.00, Region Sörmland, Nyköping\n');
  });

  it('reads back as the same structure', () => {
    const html = new MarkdownIt().render(markdown);
    expect(html).toContain('<h1>Minnesanteckningar Styrgruppsmöte</h1>');
    expect(html).toContain('<h2>§ 3 Fortsättning NPF-delprojektet</h2>');
    expect(html).toContain('<li>SOU om elevhälsa</li>');
    expect(html).toContain(
      '<strong>Beslut:</strong> Styrgruppen enades om att skala upp föräldrastödet där det finns evidens.<br>',
    );
  });

  it('keeps text that looks like Markdown as text', () => {
    const document = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '1. # *inte* [en](länk) `kod` | - _x_' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'a`b', marks: [{ type: 'code' }] }] },
      ],
    };
    const html = new MarkdownIt().render(
      versionToMarkdown(sampleVersion({ document, minutes: sampleVersion().minutes })),
    );
    expect(html).toContain('<p>1. # *inte* [en](länk) `kod` | - _x_</p>');
    expect(html).toContain('<p><code>a`b</code></p>');
  });
});
