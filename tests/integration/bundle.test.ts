import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOCUMENT_FIELD, type Minutes, minutesContent as m } from '@minutes/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSynced } from '../support/connectClient.js';
import { type Person, signUp } from '../support/people.js';
import { type ServerProcess, spawnServer } from '../support/spawnServer.js';
import { waitFor } from '../support/waitFor.js';
import { toYNode } from '../support/yContent.js';

// `npm start` runs the server bundled into one file, whose rarely used parts are chunks loaded on
// first use and whose heavy packages stay in node_modules. This runs each of those paths once in
// the bundle: the page, the editor's document, extraction, search, the exports and an import.

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/minutes');

let dataDir: string;
let server: ServerProcess;
let secretary: Person;
let meetingId: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-bundle-'));
  server = await spawnServer(dataDir);
  secretary = await signUp(server.url, 'Sekreterare');
  const created = await secretary.fetch('/api/meetings', {
    method: 'POST',
    json: { title: 'Styrelsemöte', date: '2026-03-12' },
  });
  meetingId = ((await created.json()) as { id: string }).id;
  const client = await connectSynced(server.wsUrl, meetingId, {}, { cookie: secretary.cookie });
  const fragment = client.doc.getXmlFragment(DOCUMENT_FIELD);
  fragment.delete(0, fragment.length);
  fragment.push(
    [
      m.meetingHeader({ title: 'Styrelsemöte', date: '2026-03-12', room: 'Ljusgården', series: '' }),
      m.attendeeList(m.attendee('Åsa Öberg', { role: 'ordförande', organisation: '' })),
      m.agendaItem('Budget', [
        m.decision('Styrelsen fastställer budgeten för 2026.'),
        m.actionItem('Åsa skickar budgeten till revisorn.', { assignees: ['Åsa Öberg'], due: '2026-03-20' }),
      ]),
      m.nextMeeting({ date: '2026-04-09', time: '18:00', place: 'Ljusgården' }),
    ].map(toYNode),
  );
  await waitFor(async () => {
    const response = await secretary.fetch(`/api/meetings/${meetingId}/minutes`);
    return ((await response.json()) as { minutes: Minutes }).minutes.decisions.length === 1;
  });
  client.destroy();
}, 60_000);

afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the bundled server', () => {
  it('serves the page and extracts and indexes what is written', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const { minutes } = (await (await secretary.fetch(`/api/meetings/${meetingId}/minutes`)).json()) as {
      minutes: Minutes;
    };
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      'Styrelsen fastställer budgeten för 2026.',
    ]);
    expect(minutes.actions[0]).toMatchObject({ assignees: ['Åsa Öberg'], due: '2026-03-20' });

    await waitFor(async () => {
      const response = await secretary.fetch(`/api/search?q=${encodeURIComponent('budget')}`);
      return JSON.stringify(await response.json()).includes(meetingId);
    });
  });

  it('finalises and exports the version as PDF, Word and calendar', async () => {
    const finalised = await secretary.fetch(`/api/meetings/${meetingId}/finalise`, {
      method: 'POST',
      json: {},
    });
    expect(finalised.status).toBe(201);
    const exported = async (format: string) => {
      const response = await secretary.fetch(`/api/meetings/${meetingId}/versions/1/export.${format}`);
      expect(response.status, format).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    expect((await exported('pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A .docx is a zip archive.
    expect((await exported('docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const calendar = (await exported('ics')).toString('utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('20260409');
  });

  it('reads a request body in another character set (iconv-lite, outside the bundle)', async () => {
    const response = await secretary.fetch('/api/meetings', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-16le' },
      body: new Uint8Array(Buffer.from(JSON.stringify({ title: 'Årsmöte', date: '2026-05-04' }), 'utf16le')),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const meeting = (await (await secretary.fetch(`/api/meetings/${id}`)).json()) as { title: string };
    expect(meeting.title).toBe('Årsmöte');
  });

  it('reads a Word file to import', async () => {
    const file = '2025-01-15-kulturforeningen-ljuset.docx';
    const response = await secretary.fetch('/api/imports/preview', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file) },
      body: new Uint8Array(fs.readFileSync(path.join(FIXTURES, file))),
    });
    expect(response.status).toBe(200);
    const { preview } = (await response.json()) as { preview: { decisions: unknown[] } };
    expect(preview.decisions.length).toBeGreaterThan(0);
  });
});
