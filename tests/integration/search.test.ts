import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_FIELD, minutesContent as m, type SearchHit } from '@minutes/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../support/people.js';
import { startServer, type TestServer } from '../support/startServer.js';
import { waitFor } from '../support/waitFor.js';
import { toYNode } from '../support/yContent.js';

/** The real minutes the product is built for (shared/ beside the repository). */
// Copies of two of the real minutes in ../shared/fixtures/minutes, so that a clone holds all it tests with.
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/styrgrupp');

let server: TestServer;
let february: { id: string; seriesId: string };
let april: { id: string; seriesId: string };
let per: Person;
let rut: Person;
let otto: Person;

async function importFixture(file: string): Promise<{ id: string; seriesId: string }> {
  const response = await server.owner.fetch('/api/imports', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file) },
    body: new Uint8Array(fs.readFileSync(path.join(FIXTURES, file))),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { meeting: { id: string; seriesId: string } }).meeting;
}

async function give(person: Person, meetingId: string, role: string): Promise<void> {
  const response = await server.owner.fetch(`/api/meetings/${meetingId}/members/${person.id}`, {
    method: 'PUT',
    json: { role },
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  server = await startServer({ storage: 'sqlite' });
  february = await importFixture('2026-02-24-styrgrupp.txt');
  april = await importFixture('2026-04-28-styrgrupp.txt');
  per = await server.signUp('Per Deltagare');
  rut = await server.signUp('Rut Läsare');
  otto = await server.signUp('Otto Utanför');
  await give(per, february.id, 'participant');
  await give(per, april.id, 'participant');
  await give(rut, february.id, 'reader');
});

afterAll(async () => {
  await server.stop();
});

async function search(who: Person, query: string): Promise<SearchHit[]> {
  const response = await who.fetch(`/api/search?${query}`);
  expect(response.status, query).toBe(200);
  return ((await response.json()) as { hits: SearchHit[] }).hits;
}

const meetings = (hits: SearchHit[]) => hits.map((hit) => hit.meetingId);
const hitWords = (hit: SearchHit | undefined) =>
  (hit?.snippets ?? [])
    .flat()
    .filter((part) => part.hit)
    .map((part) => part.text);

describe('full-text search', () => {
  it('finds inflected Swedish words in the imported minutes, ordinary paragraphs included', async () => {
    // "Tidsplanen beslutas …" (april), searched as "besluta".
    expect(meetings(await search(per, 'q=besluta'))).toEqual([april.id]);
    // "Esther te Poele hälsades välkommen …" (february), an ordinary paragraph.
    const [greeted, ...others] = await search(per, `q=${encodeURIComponent('hälsas välkommen')}`);
    expect(others).toEqual([]);
    expect(greeted).toMatchObject({
      meetingId: february.id,
      meetingTitle: expect.stringContaining('Styrgrupp'),
      meetingDate: '2026-02-24',
      seriesId: february.seriesId,
      source: 'draft',
      path: `/meetings/${february.id}`,
    });
    expect(hitWords(greeted)).toEqual(expect.arrayContaining(['hälsades']));
    expect(meetings(await search(per, 'q=milstolpe'))).toEqual([april.id]);
    // "Processledarna informerade …" (february) as "informeras".
    expect(meetings(await search(per, 'q=informeras'))).toEqual([february.id]);
    // Both meetings speak of recommendations, in several forms.
    expect(meetings(await search(per, 'q=rekommendation')).sort()).toEqual([february.id, april.id].sort());
  });

  it('marks the matching words as written, in plain-text snippets, best match first', async () => {
    // Four times "implementering" in april, "Implementeringen" once in february.
    const [best, next] = await search(per, 'q=implementering');
    expect([best?.meetingId, next?.meetingId]).toEqual([april.id, february.id]);
    const snippet = (next?.snippets ?? []).find((parts) => parts.some((part) => part.hit));
    expect(snippet?.filter((part) => part.hit).map((part) => part.text)).toEqual(['Implementeringen']);
    expect(snippet?.map((part) => part.text).join('')).toContain('Implementeringen pågår i länet');
    expect(hitWords(best)).toEqual(expect.arrayContaining(['implementering']));
    const hit = best;
    for (const part of (hit?.snippets ?? []).flat())
      expect(Object.keys(part).sort()).toEqual(['hit', 'text']);
  });

  it('searches one series when asked, and refuses bad queries', async () => {
    expect(meetings(await search(per, `q=rekommendation&series=${april.seriesId}`))).toEqual([april.id]);
    for (const query of [
      '',
      'q=a',
      'q=%20%3F!%20',
      `q=${'x'.repeat(201)}`,
      'q=budget&colour=red',
      'q=a&q=b',
    ]) {
      expect((await per.fetch(`/api/search?${query}`)).status, query).toBe(400);
    }
  });

  it('keeps the index current as the draft is edited, and builds what is missing when asked', async () => {
    expect(await search(per, 'q=kvartalsrapporten')).toEqual([]);
    const writer = await server.connectSynced(april.id);
    writer.doc
      .getXmlFragment(DOCUMENT_FIELD)
      .push([toYNode(m.paragraph('Kvartalsrapporterna presenterades.'))]);
    await waitFor(async () => meetings(await search(per, 'q=kvartalsrapporten'))[0] === april.id);
    // The draft was just indexed, so the next extraction waits to be indexed, but a search
    // indexes it first: once the minutes hold the new decision, search finds it at once.
    writer.doc.getXmlFragment(DOCUMENT_FIELD).push([toYNode(m.decision('Ljudanläggningen byts ut.'))]);
    await waitFor(async () => {
      const response = await per.fetch(`/api/meetings/${april.id}/minutes`);
      const { minutes } = (await response.json()) as { minutes: { decisions: { text: string }[] } };
      return minutes.decisions.some((decision) => decision.text === 'Ljudanläggningen byts ut.');
    });
    expect(meetings(await search(per, 'q=ljudanläggningen'))).toEqual([april.id]);
    writer.destroy();

    // A server that starts with meetings it never indexed indexes them when a search needs them.
    server.db.exec('DELETE FROM search_terms; DELETE FROM search_entries;');
    expect(meetings(await search(per, 'q=kvartalsrapporten'))).toEqual([april.id]);
    expect(meetings(await search(per, 'q=informeras'))).toEqual([february.id]);
  });

  it('shows outsiders nothing and refuses those without credentials', async () => {
    expect(await search(otto, 'q=rekommendation')).toEqual([]);
    expect((await fetch(`${server.url}/api/search?q=rekommendation`)).status).toBe(401);
  });

  it('gives readers only the published version, without its masked passages', async () => {
    expect(await search(rut, 'q=rekommendation')).toEqual([]);
    const owner = server.owner;
    expect(
      (await owner.fetch(`/api/meetings/${february.id}/finalise`, { method: 'POST', json: {} })).status,
    ).toBe(201);
    const masked = await owner.fetch(`/api/meetings/${february.id}/versions/1/masks`, {
      method: 'PUT',
      json: { masks: ['Jennie Nimborg'] },
    });
    expect(masked.status).toBe(200);
    expect(
      (await owner.fetch(`/api/meetings/${february.id}/versions/1/publish`, { method: 'POST', json: {} }))
        .status,
    ).toBe(200);

    const [hit, ...others] = await search(rut, 'q=rekommendation');
    expect(others).toEqual([]);
    expect(hit).toMatchObject({
      meetingId: february.id,
      source: 'published',
      path: `/versions/${february.id}/1`,
    });
    expect(await search(rut, 'q=Nimborg')).toEqual([]);
    expect(await search(rut, 'q=Jennie')).toEqual([]);
    const [greeted] = await search(rut, 'q=hälsas');
    expect(JSON.stringify(greeted?.snippets)).not.toContain('Nimborg');
    expect(JSON.stringify(greeted?.snippets)).toContain('█████');
    // Members still search the full draft.
    expect(meetings(await search(per, 'q=Nimborg'))).toEqual([february.id]);
    // A reader of one meeting finds nothing of the other.
    expect(await search(rut, 'q=milstolpe')).toEqual([]);
  });
});
