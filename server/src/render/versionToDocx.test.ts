import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { sampleVersion } from './sampleVersion.fixture.js';
import { versionToDocx } from './versionToDocx.js';

describe('versionToDocx', () => {
  it('is a Word document with every decision, the tasks and their assignees', async () => {
    const version = sampleVersion();
    const buffer = await versionToDocx(version);
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(version.minutes.decisions).toHaveLength(2);
    for (const decision of version.minutes.decisions) expect(text).toContain(`Beslut: ${decision.text}`);
    expect(text).toContain('Uppgift: Lina och Osman tar fram ett förslag till nästa möte.');
    expect(text).toContain(
      'Ansvarig: Lina Larsson, Osman Aytar · Klart: nästa styrgruppsmöte · Status: Öppen',
    );
    expect(text).toContain('Reservation: Johan Lindeberg');
  });

  it('has headings for the agenda and a table of attendees', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await versionToDocx(sampleVersion()) });
    expect(html).toContain('<h1>§ 3 Fortsättning NPF-delprojektet</h1>');
    expect(html).toContain('<h1>Justerade</h1>');
    expect(html).toContain('<th><p><strong>Närvaro</strong></p></th>');
    expect(html).toContain(
      '<td><p>Johan Lindeberg</p></td><td><p>Skolchef</p><p>Katrineholms kommun</p></td><td><p>På distans</p></td>',
    );
    expect(html).toContain(
      '<p><strong>Beslut: </strong>Frågorna hanteras inom ramen för Tillsammans för barnens bästa.</p>',
    );
  });

  it('drops control characters that Word cannot open', async () => {
    const version = sampleVersion();
    const document = structuredClone(version.document);
    document.content?.push({ type: 'paragraph', content: [{ type: 'text', text: 'före\u0001\u001befter' }] });
    const { value: text } = await mammoth.extractRawText({
      buffer: await versionToDocx({ ...version, document }),
    });
    expect(text).toContain('föreefter');
  });
});
