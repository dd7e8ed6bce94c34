import type { Meeting } from '@minutes/shared';
import { completePreview, type ImportPreview } from './ImportPreview';
import { request } from './request';

export type MinutesTextFormat = 'text' | 'markdown';

/** Minutes to import: a file as it is (.txt, .md, .docx), or pasted text. */
export type ImportSource =
  | { kind: 'file'; file: File }
  | { kind: 'text'; text: string; format: MinutesTextFormat };

function body(source: ImportSource): RequestInit {
  if (source.kind === 'text') {
    return {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: source.text, format: source.format }),
    };
  }
  return {
    method: 'POST',
    headers: {
      'Content-Type': 'application/octet-stream',
      'X-File-Name': encodeURIComponent(source.file.name),
    },
    body: source.file,
  };
}

export const importsApi = {
  async preview(source: ImportSource, signal?: AbortSignal): Promise<ImportPreview> {
    const answer = await request<{ preview: Partial<ImportPreview> }>('/api/imports/preview', {
      ...body(source),
      signal: signal ?? null,
    });
    return completePreview(answer.preview);
  },

  /** Creates the meeting, its document built from what was recognised. */
  async create(source: ImportSource): Promise<Meeting> {
    const answer = await request<{ meeting: Meeting }>('/api/imports', body(source));
    return answer.meeting;
  },
};
