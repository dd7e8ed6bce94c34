import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { MinutesFormat } from '@minutes/shared/recognise';
import mammoth from 'mammoth';
import { ExtractError } from './ExtractError.js';
import { MAX_FILE_BYTES } from './fileLimits.js';

export interface MinutesFile {
  text: string;
  format: MinutesFormat;
}

export { MAX_FILE_BYTES };

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const TEXT = new Set(['', '.txt', '.text']);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

interface MarkdownConverter {
  convertToMarkdown?: (input: { buffer: Buffer }, options?: object) => Promise<{ value: string }>;
}

/** Reads a .txt, .md or .docx file as text for the recogniser, or throws an ExtractError saying why not. */
export async function readMinutesFile(file: string): Promise<MinutesFile> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new ExtractError(
      error.code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${error.message}`,
    );
  });
  if (info.isDirectory()) throw new ExtractError(`${file} is a directory, not a minutes file`, 'unsupported');
  if (!info.isFile()) throw new ExtractError(`${file} is not a regular file`, 'unsupported');
  if (info.size === 0) throw new ExtractError(`${file} is empty`, 'empty');
  if (info.size > MAX_FILE_BYTES) {
    throw new ExtractError(
      `${file} is ${info.size} bytes; minutes files may be at most ${MAX_FILE_BYTES} bytes`,
      'tooLarge',
    );
  }
  const bytes = await readFile(file).catch((error: Error) => {
    throw new ExtractError(`cannot read ${file}: ${error.message}`);
  });
  return readMinutesBytes(file, bytes);
}

/**
 * Reads the bytes of a .txt, .md or .docx file (an upload, say) as text for the recogniser, or
 * throws an ExtractError saying why not. `file` is the file's name, for the format and messages.
 */
export async function readMinutesBytes(file: string, bytes: Buffer): Promise<MinutesFile> {
  if (bytes.length === 0) throw new ExtractError(`${file} is empty`, 'empty');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ExtractError(
      `${file} is ${bytes.length} bytes; minutes files may be at most ${MAX_FILE_BYTES} bytes`,
      'tooLarge',
    );
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === '.docx') return { text: await docxToMarkdown(file, bytes), format: 'markdown' };
  if (extension === '.doc' || extension === '.pdf' || extension === '.odt' || extension === '.rtf') {
    throw new ExtractError(
      `${file}: ${extension} files are not supported; use .txt, .md or .docx`,
      'unsupported',
    );
  }
  if (bytes.subarray(0, 4).equals(ZIP))
    throw new ExtractError(
      `${file} is a zip archive, not text (a .docx needs its .docx name)`,
      'unsupported',
    );
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new ExtractError(`${file} is a PDF; take its text out first (for example with pdftotext)`, 'pdf');
  }
  const text = decode(file, bytes);
  if (text.trim() === '') throw new ExtractError(`${file} has no text`, 'empty');
  return { text, format: MARKDOWN.has(extension) ? 'markdown' : TEXT.has(extension) ? 'text' : 'text' };
}

function decode(file: string, bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new ExtractError(`${file} looks like a binary file, not text`, 'binary');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new ExtractError(
      `${file} is not UTF-8 text (invalid byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}); save it as UTF-8`,
      'encoding',
    );
  }
  const control = text.slice(0, 8192).match(/(?![\n\t\r\f\v])\p{Cc}/gu)?.length ?? 0;
  if (control > 0.05 * Math.min(text.length, 8192))
    throw new ExtractError(`${file} looks like a binary file, not text`, 'binary');
  return text;
}

function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    try {
      decoder.decode(bytes.subarray(0, middle), { stream: true });
      decoder.decode();
      low = middle;
    } catch {
      high = middle;
    }
  }
  return low;
}

async function docxToMarkdown(file: string, bytes: Buffer): Promise<string> {
  if (!bytes.subarray(0, 4).equals(ZIP))
    throw new ExtractError(`${file} is not a .docx file (not a zip archive)`, 'docx');
  const converter = mammoth as unknown as MarkdownConverter;
  try {
    const result = converter.convertToMarkdown
      ? await converter.convertToMarkdown(
          { buffer: bytes },
          { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
        )
      : await mammoth.extractRawText({ buffer: bytes });
    if (result.value.trim() === '') throw new ExtractError(`${file} has no text`, 'empty');
    return tidyEmphasis(result.value);
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ExtractError(`${file} is not a readable .docx file: ${reason}`, 'docx');
  }
}

/** Word keeps the space after a bold label inside the bold run ("__Datum: __2025"), which Markdown does not read as bold. */
function tidyEmphasis(markdown: string): string {
  return markdown.replace(/(__|\*\*)(?=\S)([^\n]*?\S)(\s+)\1/gu, '$1$2$1$3');
}
