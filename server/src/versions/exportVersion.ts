import type { ExportFormat } from '@minutes/shared';
import { renderVersionHtml } from '../render/renderVersionHtml.js';
import type { VersionContent } from '../render/VersionContent.js';
import { versionToJson } from '../render/versionToJson.js';
import { versionToMarkdown } from '../render/versionToMarkdown.js';

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

// PDF, Word and iCalendar need large libraries; they load on the first export that asks for them.
const RENDERERS: Record<
  ExportFormat,
  (content: VersionContent) => string | Buffer | Promise<string | Buffer>
> = {
  md: versionToMarkdown,
  html: (content) => renderVersionHtml(content, {}),
  pdf: async (content) => (await import('../render/versionToPdf.js')).versionToPdf(content),
  docx: async (content) => (await import('../render/versionToDocx.js')).versionToDocx(content),
  json: versionToJson,
  ics: async (content) => (await import('../render/versionToIcs.js')).versionToIcs(content),
};

/** One version in one of the export formats, with a file name made of the date and version only. */
export async function exportVersion(content: VersionContent, format: ExportFormat): Promise<Export> {
  return {
    contentType: CONTENT_TYPES[format],
    body: await RENDERERS[format](content),
    fileName: `protokoll-${content.meeting.date}-v${content.version.number}.${format}`,
  };
}
