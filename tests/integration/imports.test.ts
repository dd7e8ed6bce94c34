import fs from 'node:fs';
import path from 'node:path';
import type { Minutes } from '@minutes/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/startServer.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/minutes');
let server: TestServer;

beforeEach(async () => {
  server = await startServer({ storage: 'sqlite' });
});

afterEach(async () => {
  await server.stop();
});

interface Preview {
  title: string;
  date: string;
  decisions: Array<{ text: string }>;
  actions: Array<{ text: string; assignees: string[]; due: string | null }>;
}

function upload(route: string, fileName: string, bytes: Buffer): Promise<Response> {
  return server.owner.fetch(`/api/imports${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
    body: new Uint8Array(bytes),
  });
}

function paste(route: string, body: unknown): Promise<Response> {
  return server.owner.fetch(`/api/imports${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('importing existing minutes', () => {
  it.each([
    '2024-04-09-riverside-trust-board.txt',
    '2025-09-18-arbetsgrupp-digital-skola.md',
    '2025-01-15-kulturforeningen-ljuset.docx',
  ])('%s: the preview shows what was recognised and the meeting carries it', async (file) => {
    const bytes = fs.readFileSync(path.join(FIXTURES, file));
    const previewResponse = await upload('/preview', file, bytes);
    expect(previewResponse.status).toBe(200);
    const { preview } = (await previewResponse.json()) as { preview: Preview };
    expect(preview.decisions.length + preview.actions.length).toBeGreaterThan(0);
    expect(await server.meetings.list()).toEqual([]);

    const created = await upload('', file, bytes);
    expect(created.status).toBe(201);
    const { meeting } = (await created.json()) as { meeting: { id: string; title: string; date: string } };
    expect(meeting).toMatchObject({ title: preview.title, date: preview.date });
    const response = await server.owner.fetch(`/api/meetings/${meeting.id}/minutes`);
    const { minutes } = (await response.json()) as { minutes: Minutes };
    expect(minutes.decisions.map((d) => d.text)).toEqual(
      preview.decisions.map((d) => expect.stringContaining(d.text.slice(0, 20))),
    );
    expect(minutes.actions.map((a) => [a.assignees, a.due])).toEqual(
      preview.actions.map((a) => [a.assignees, a.due]),
    );
  });

  it('imports pasted text', async () => {
    const text =
      'Styrelsemöte 2025-03-01\nNärvarande: Anna Berg, Erik Holm\n\n1. Budget\nDet beslutas att budgeten godkänns.\nErik tar fram en ny plan till den 15 mars.\n\nNästa möte 2025-04-05';
    const response = await paste('', { text });
    expect(response.status).toBe(201);
    const { meeting } = (await response.json()) as { meeting: { id: string } };
    const { minutes } = (await (await server.owner.fetch(`/api/meetings/${meeting.id}/minutes`)).json()) as {
      minutes: Minutes;
    };
    expect(minutes).toMatchObject({
      title: 'Styrelsemöte 2025-03-01',
      date: '2025-03-01',
      attendees: [{ name: 'Anna Berg' }, { name: 'Erik Holm' }],
      agenda: [{ title: 'Budget' }],
      decisions: [{ text: 'Det beslutas att budgeten godkänns.', agendaItemTitle: 'Budget' }],
      actions: [
        { text: 'Erik tar fram en ny plan till den 15 mars.', assignees: ['Erik'], dueDate: '2025-03-15' },
      ],
      next_meeting: { date: '2025-04-05' },
    });
  });

  const badFiles: Array<[string, string, Buffer, RegExp, string | undefined]> = [
    [
      'a corrupt .docx',
      'protokoll.docx',
      Buffer.from('PK\u0003\u0004 not really a zip'),
      /not a readable \.docx/,
      'docx',
    ],
    ['a binary file', 'protokoll.txt', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 9, 0]), /binary/, 'binary'],
    [
      'text that is not UTF-8',
      'protokoll.txt',
      Buffer.from('Protokoll fr\xe5n m\xf6tet', 'latin1'),
      /not UTF-8/,
      'encoding',
    ],
    ['an empty file', 'protokoll.txt', Buffer.alloc(0), /empty/, 'empty'],
    ['a PDF', 'protokoll.pdf', Buffer.from('%PDF-1.7 ...'), /not supported|PDF/, 'unsupported'],
    ['a file without a usable name', '../../etc/passwd', Buffer.from('Möte'), /X-File-Name/, undefined],
  ];
  it.each(badFiles)(
    'refuses %s with a clear error and creates nothing',
    async (_name, fileName, bytes, message, reason) => {
      for (const route of ['/preview', '']) {
        const response = await upload(route, fileName, bytes);
        expect(response.status).toBe(400);
        const { error } = (await response.json()) as { error: { message: string; reason?: string } };
        expect(error.message).toMatch(message);
        expect(error.reason).toBe(reason);
      }
      expect(await server.meetings.list()).toEqual([]);
    },
  );

  it('refuses bad pasted input and a file that is too large, creating nothing', async () => {
    for (const body of [{ text: '' }, { text: 'Möte', format: 'pdf' }, { text: 42 }, { nothing: true }]) {
      const response = await paste('', body);
      expect(response.status).toBe(400);
    }
    expect((await paste('', { text: '   \n  ' })).status).toBe(400);
    const huge = await upload('', 'stor.txt', Buffer.alloc(21 * 1024 * 1024, 'a'));
    expect(huge.status).toBe(413);
    const unknownType = await server.owner.fetch(`/api/imports`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b',
    });
    expect(unknownType.status).toBe(400);
    expect(await server.meetings.list()).toEqual([]);
  });
});
