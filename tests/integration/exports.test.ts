import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOCUMENT_FIELD, minutesContent as m } from '@minutes/shared';
import ICAL from 'ical.js';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, castMeeting } from '../support/roles.js';
import { startServer, type TestServer } from '../support/startServer.js';
import { waitFor } from '../support/waitFor.js';
import { toYNode } from '../support/yContent.js';

const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';
const HOSTILE = `${SCRIPT}${BREAKOUT}`;

let server: TestServer;
let cast: Cast;
let shareUrl: string;

const DECISIONS = ['Styrgruppen godkänner verksamhetsplanen för 2026.', `Budgeten fastställs ${HOSTILE}.`];

beforeAll(async () => {
  server = await startServer({ storage: 'sqlite' });
  cast = await castMeeting(server, `Styrgrupp ${HOSTILE}`);
  const client = await server.connectSynced(cast.meetingId);
  const fragment = client.doc.getXmlFragment(DOCUMENT_FIELD);
  fragment.delete(0, fragment.length);
  fragment.push(
    [
      m.meetingHeader({ title: `Styrgrupp ${HOSTILE}`, date: '2026-02-24', room: HOSTILE, series: HOSTILE }),
      m.attendeeList(
        m.attendee('Lina Åberg', { role: 'ordförande', organisation: 'Region Öst' }),
        m.attendee(`Osman ${HOSTILE}`, { role: HOSTILE, organisation: HOSTILE }),
      ),
      m.agendaItem(`Budget ${HOSTILE}`, [
        m.paragraph(`Diskussion ${HOSTILE}`),
        m.decision(DECISIONS[0] as string),
        m.decision(DECISIONS[1] as string, { reservations: [HOSTILE] }),
        m.actionItem('Lina tar fram ett förslag till nästa möte.', {
          assignees: ['Lina Åberg'],
          due: '2026-03-13',
        }),
        m.actionItem(`Osman ${HOSTILE}`, { assignees: [HOSTILE], due: 'nästa styrgruppsmöte' }),
      ]),
      m.nextMeeting({ date: '2026-04-09', time: '13:00', place: `Rum ${HOSTILE}` }),
    ].map(toYNode),
  );
  await waitFor(async () => {
    const response = await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/minutes`);
    return ((await response.json()) as { minutes: { decisions: unknown[] } }).minutes.decisions.length === 2;
  });
  client.destroy();
  expect(
    (await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/finalise`, { method: 'POST', json: {} }))
      .status,
  ).toBe(201);
  await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/versions/1/publish`, {
    method: 'POST',
    json: {},
  });
  const link = await cast.secretary.fetch(`/api/meetings/${cast.meetingId}/share-links`, {
    method: 'POST',
    json: {},
  });
  shareUrl = `${server.url}${((await link.json()) as { path: string }).path}`;
});

afterAll(async () => {
  await server.stop();
});

async function download(format: string): Promise<Response> {
  const response = await cast.participant.fetch(
    `/api/meetings/${cast.meetingId}/versions/1/export.${format}`,
  );
  expect(response.status, format).toBe(200);
  return response;
}

describe('exports of a finalised version, opened for real', () => {
  it('the read-only page has no script, an anchor per decision and task, and every hostile field as text', async () => {
    for (const url of [shareUrl, `${server.url}/versions/${cast.meetingId}/1`]) {
      const response = await fetch(url, { headers: { cookie: cast.participant.cookie } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html.match(/id="beslut-[^"]+"/g)).toHaveLength(2);
      expect(html.match(/id="uppgift-[^"]+"/g)).toHaveLength(2);
      expect(html).toContain('Styrgruppen godkänner verksamhetsplanen för 2026.');
    }
    const html = await (await download('html')).text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
  });

  it('Markdown and JSON keep the hostile text as text', async () => {
    const markdown = await (await download('md')).text();
    expect(markdown).not.toContain(SCRIPT);
    expect(markdown).toContain('verksamhetsplanen för 2026');
    const json = (await (await download('json')).json()) as {
      minutes: { decisions: Array<{ text: string }> };
    };
    expect(json.minutes.decisions.map((d) => d.text)).toEqual(DECISIONS);
  });

  it('the .docx parses and holds the decisions', async () => {
    const response = await download('docx');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="?protokoll-2026-02-24-v1\.docx"?/,
    );
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    for (const decision of DECISIONS) expect(value).toContain(decision);
    expect(value).toContain('Lina Åberg');
  });

  it('the PDF’s text (pdftotext) holds the decisions, Swedish letters too', async () => {
    const response = await download('pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-pdf-'));
    try {
      const file = path.join(dir, 'v1.pdf');
      fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      expect(text).toContain('Styrgruppen godkänner verksamhetsplanen för 2026.');
      expect(text).toContain('Budgeten fastställs <script>alert(1)</script>');
      expect(text).toContain('Lina Åberg');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the .ics parses, with the task due dates and the next meeting', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await (await download('ics')).text()));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const starts = events.map((event) => event.startDate.toString().slice(0, 10)).sort();
    // The task with a date and the next meeting; the task due "nästa styrgruppsmöte" resolves to it.
    expect(starts).toContain('2026-03-13');
    expect(starts).toContain('2026-04-09');
    const summaries = events.map((event) => event.summary).join('\n');
    expect(summaries).toContain('Lina tar fram ett förslag till nästa möte.');
  });

  it('refuses an unknown format and a version that does not exist', async () => {
    const unknown = await cast.participant.fetch(`/api/meetings/${cast.meetingId}/versions/1/export.exe`);
    expect(unknown.status).toBe(404);
    const missing = await cast.participant.fetch(`/api/meetings/${cast.meetingId}/versions/9/export.pdf`);
    expect(missing.status).toBe(404);
    const notANumber = await cast.participant.fetch(
      `/api/meetings/${cast.meetingId}/versions/abc/export.pdf`,
    );
    expect(notANumber.status).toBe(404);
  });
});
