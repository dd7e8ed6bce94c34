import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { blocksOf } from './blocksOf.js';
import { docxBlocks, heading, muted } from './docxBlocks.js';
import { approvalLines, finalisedText, meetingFacts } from './meetingFacts.js';
import type { VersionContent } from './VersionContent.js';
import { type Wording, wordingFor } from './wordingFor.js';
import { xmlText } from './xmlText.js';

/** The version as a Word document: headings, paragraphs, labelled decisions and tasks, an attendee table. */
export function versionToDocx(content: VersionContent): Promise<Buffer> {
  const w = wordingFor(content.lang);
  const { title } = meetingFacts(content, w);
  const document = new Document({
    title: xmlText(title),
    creator: xmlText(content.version.finalisedBy),
    lastModifiedBy: xmlText(content.version.finalisedBy),
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: content.lang === 'en' ? 'en-GB' : 'sv-SE' } },
        },
      },
    },
    sections: [{ children: [...head(content, w), ...docxBlocks(blocksOf(content.document), w)] }],
  });
  return Packer.toBuffer(document);
}

function head(content: VersionContent, w: Wording): Paragraph[] {
  const { series, title, facts, videoLink } = meetingFacts(content, w);
  const labelled = (label: string, value: string) =>
    new Paragraph({
      children: [new TextRun({ text: xmlText(`${label}: `), bold: true }), new TextRun(xmlText(value))],
    });
  const approvals = approvalLines(content, w);
  return [
    ...(series ? [muted(series)] : []),
    new Paragraph({ text: xmlText(title), heading: HeadingLevel.TITLE }),
    ...facts.map(({ label, value }) => labelled(label, value)),
    ...(videoLink ? [labelled(w.videoLink, videoLink)] : []),
    muted(finalisedText(content, w)),
    muted(`SHA-256: ${content.version.sha256}`),
    heading(content.verified ? w.verified : w.verification, 1),
    ...(approvals.length > 0
      ? approvals.map((line) => new Paragraph({ text: xmlText(line), bullet: { level: 0 } }))
      : [new Paragraph({ text: w.notYetVerified })]),
  ];
}
