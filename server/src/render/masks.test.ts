import ICAL from 'ical.js';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { applyMasks } from './applyMasks.js';
import { MASK } from './masker.js';
import { maskMinutes } from './maskMinutes.js';
import { maskVersion } from './maskVersion.js';
import { flatten, pdfText } from './pdfText.fixture.js';
import { renderVersionHtml } from './renderVersionHtml.js';
import { IDS, sampleVersion } from './sampleVersion.fixture.js';
import { versionToDocx } from './versionToDocx.js';
import { versionToIcs } from './versionToIcs.js';
import { versionToMarkdown } from './versionToMarkdown.js';
import { versionToPdf } from './versionToPdf.js';

// A name (in text, attendee, assignees and reservations) and a passage inside it.
const MASKS = ['Lina Larsson', 'Lina', 'flödesförändringen på BUP'];

function calendarText(ics: string): string {
  return new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((component) => {
      const event = new ICAL.Event(component);
      return [event.summary, event.description, event.location].join('\n');
    })
    .join('\n');
}

describe('masks', () => {
  it('replace each passage in text and attributes of a copy of the document', () => {
    const version = sampleVersion();
    const before = structuredClone(version.document);
    const masked = JSON.stringify(applyMasks(version.document, MASKS));
    expect(version.document).toEqual(before);
    expect(masked).not.toContain('Lina');
    expect(masked).not.toContain('flödesförändringen');
    expect(masked).toContain(`"${MASK} och Osman tar fram ett förslag till nästa möte."`);
    expect(masked).toContain(`"assignees":["${MASK}","Osman Aytar"]`);
    expect(masked).toContain(`"name":"${MASK}"`);
    expect(masked).toContain(`"Återkoppling ges om ${MASK}."`);
    expect(masked).toContain('Osman Aytar');
    expect(masked).toContain(`"id":"${IDS.taskProposal}"`);
  });

  it('replace each passage in every field of a copy of the minutes', () => {
    const { minutes } = sampleVersion();
    const before = structuredClone(minutes);
    const masked = maskMinutes(minutes, MASKS);
    expect(minutes).toEqual(before);
    expect(JSON.stringify(masked)).not.toContain('Lina');
    expect(masked.actions.find((action) => action.id === IDS.taskProposal)).toMatchObject({
      text: `${MASK} och Osman tar fram ett förslag till nästa möte.`,
      assignees: [MASK, 'Osman Aytar'],
      status: 'open',
    });
    expect(masked.attendees.map((attendee) => attendee.name)).toContain(MASK);
  });

  it('mask longer passages first, and ignore an empty one', () => {
    const [masked] = maskMinutes(sampleVersion().minutes, ['Lina', 'Lina Larsson', '']).attendees.filter(
      (attendee) => attendee.role === 'Forskningsledare',
    );
    expect(masked?.name).toBe(MASK);
  });

  describe('in every rendering of a masked version', () => {
    const version = maskVersion(sampleVersion(), MASKS);

    it('the passages are gone and the rest stays', async () => {
      const renderings = {
        html: renderVersionHtml(version, { maskedNote: true }),
        markdown: versionToMarkdown(version),
        docx: (await mammoth.extractRawText({ buffer: await versionToDocx(version) })).value,
        pdf: flatten(pdfText(await versionToPdf(version))),
        ics: calendarText(versionToIcs(version)),
      };
      for (const [format, text] of Object.entries(renderings)) {
        expect(text, format).not.toContain('Lina');
        expect(text, format).not.toContain('flödesförändringen');
        expect(text, format).toContain('och Osman tar fram ett förslag till nästa möte');
      }
      expect(renderings.html).toContain(`${MASK} och Osman`);
      expect(renderings.docx).toContain(`${MASK} och Osman`);
      expect(renderings.markdown).toContain(`${MASK} och Osman`);
      expect(renderings.ics).toContain(`${MASK} och Osman`);
      expect(renderings.pdf).toContain('————— och Osman');
    });
  });
});
