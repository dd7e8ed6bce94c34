import { describe, expect, it } from 'vitest';
import { flatten, pdfText } from './pdfText.fixture.js';
import { sampleVersion } from './sampleVersion.fixture.js';
import { versionToPdf } from './versionToPdf.js';

describe('versionToPdf', () => {
  it('is a PDF whose text, Swedish letters and all, can be extracted', async () => {
    const version = sampleVersion();
    const pdf = await versionToPdf(version);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = flatten(pdfText(pdf));
    expect(version.minutes.decisions).toHaveLength(2);
    for (const decision of version.minutes.decisions) expect(text).toContain(`Beslut: ${decision.text}`);
    expect(text).toContain('Uppgift: Lina och Osman tar fram ett förslag till nästa möte.');
    expect(text).toContain('Ansvarig: Lina Larsson, Osman Aytar');
    expect(text).toContain('Omedelbart justerad av Karin Dahlqvist Claesson, 24 februari 2026 kl. 14.05');
    expect(text).toContain('Fastställd 24 februari 2026 kl. 15.30 av Malin Sjöqvist');
    expect(text).toContain('Karin Dahlqvist Claesson, 25 februari 2026 kl. 09.12');
  });

  it('keeps the order of the read-only page', async () => {
    const text = flatten(pdfText(await versionToPdf(sampleVersion())));
    const order = [
      'Justerade',
      'Deltagare',
      '§ 1 Ny',
      '§ 2 Status',
      '§ 3',
      'Beslut:',
      'Uppgift:',
      '§ 4',
      'Bordlagd',
      'Nästa möte',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows letters beyond WinAnsi as their base letters rather than garbage', async () => {
    const version = sampleVersion();
    const document = structuredClone(version.document);
    const agenda = document.content?.find((node) => node.type === 'agendaItem');
    agenda?.content?.push({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Dragić och Łukasz: ÅÄÖ åäö é ü' }],
    });
    const text = flatten(pdfText(await versionToPdf({ ...version, document })));
    expect(text).toContain('Dragic och Lukasz: ÅÄÖ åäö é ü');
  });
});
