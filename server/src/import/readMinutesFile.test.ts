import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractError } from './ExtractError.js';
import { readMinutesFile } from './readMinutesFile.js';

const fixtures = path.resolve(import.meta.dirname, '../../../tests/fixtures/minutes');
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'minutes-extract-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = async (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
};

describe('readMinutesFile', () => {
  it('reads UTF-8 text and Markdown', async () => {
    await expect(readMinutesFile(await write('a.txt', 'Beslut: ja'))).resolves.toEqual({
      text: 'Beslut: ja',
      format: 'text',
    });
    await expect(readMinutesFile(await write('a.md', '# Rubrik'))).resolves.toMatchObject({
      format: 'markdown',
    });
  });

  it('reads UTF-16 with a byte order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Närvarande: Anna', 'utf16le')]);
    await expect(readMinutesFile(await write('utf16.txt', bytes))).resolves.toMatchObject({
      text: 'Närvarande: Anna',
    });
  });

  it('reads a .docx file as Markdown', async () => {
    const { text, format } = await readMinutesFile(
      path.join(fixtures, '2025-01-15-kulturforeningen-ljuset.docx'),
    );
    expect(format).toBe('markdown');
    expect(text).toContain('__Beslut:__ Styrelsen godkänner programmet');
  });

  it.each([
    ['a missing file', async () => path.join(dir, 'missing.txt'), /no such file/],
    [
      'a directory',
      async () => {
        const sub = path.join(dir, 'folder');
        await mkdir(sub, { recursive: true });
        return sub;
      },
      /is a directory/,
    ],
    ['an empty file', () => write('empty.txt', ''), /is empty/],
    ['a file of blanks', () => write('blank.txt', ' \n\n '), /has no text/],
    [
      'a binary file',
      () => write('binary.txt', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0])),
      /binary/,
    ],
    [
      'a Latin-1 file',
      () => write('latin1.txt', Buffer.from('Närvarande: Åsa', 'latin1')),
      /not UTF-8 text.*0xe4 at offset 1/,
    ],
    [
      'a corrupt .docx',
      () => write('corrupt.docx', Buffer.from('PK\u0003\u0004 not really a zip')),
      /not a readable \.docx/,
    ],
    ['a .docx that is no zip', () => write('text.docx', 'Närvarande: Anna'), /not a \.docx file/],
    ['a PDF', () => write('minutes.txt', '%PDF-1.7\n...'), /is a PDF/],
    ['a legacy Word file', () => write('old.doc', 'x'), /\.doc files are not supported/],
  ])('refuses %s with a clear message', async (_, make, message) => {
    const file = await make();
    const error = await readMinutesFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as Error).message).toMatch(message);
  });
});
