import type { ExportFormat } from '@minutes/shared';
import {
  renderVersionHtml,
  type VersionContent,
  versionToDocx,
  versionToIcs,
  versionToJson,
  versionToMarkdown,
  versionToPdf,
} from '../render/index.js';

export interface Export {
  contentType: string;
  body: string | Buffer;
  fileName: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

const RENDERERS: Record<ExportFormat, (content: VersionContent) => string | Buffer | Promise<Buffer>> = {
  md: versionToMarkdown,
  html: (content) => renderVersionHtml(content, {}),
  pdf: versionToPdf,
  docx: versionToDocx,
  json: versionToJson,
  ics: versionToIcs,
};

/** One version in one of the export formats, with a file name made of the date and version only. */
export async function exportVersion(content: VersionContent, format: ExportFormat): Promise<Export> {
  return {
    contentType: CONTENT_TYPES[format],
    body: await RENDERERS[format](content),
    fileName: `protokoll-${content.meeting.date}-v${content.version.number}.${format}`,
  };
}
