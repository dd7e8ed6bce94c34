import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzSeed, mutate, randomBytes, seededRandom } from '../support/random.js';
import { startServer, type TestServer } from '../support/startServer.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/minutes');
const INPUTS = 300;

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
});

function preview(fileName: string, bytes: Uint8Array): Promise<Response> {
  return server.owner.fetch('/api/imports/preview', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
    body: Buffer.from(bytes),
  });
}

describe('the importer under random and mutated files', () => {
  it(`answers ${INPUTS} of them with a preview or a clear refusal, never a crash or a hang`, async () => {
    const seed = fuzzSeed();
    const random = seededRandom(seed);
    const files = fs.readdirSync(FIXTURES).filter((file) => /\.(txt|md|docx)$/.test(file));
    const statuses = new Map<number, number>();
    for (let n = 0; n < INPUTS; n++) {
      const file = files[Math.floor(random() * files.length)] as string;
      const original = new Uint8Array(fs.readFileSync(path.join(FIXTURES, file)));
      const bytes =
        random() < 0.2 ? randomBytes(random, Math.floor(random() * 4096)) : mutate(random, original);
      const response = await preview(file, bytes);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect([200, 400], `seed ${seed}, input ${n} (${file})`).toContain(response.status);
      const body = (await response.json()) as {
        preview?: unknown;
        error?: { message: string; reason?: string };
      };
      if (response.status === 400) expect(body.error?.message, `seed ${seed}, input ${n}`).toBeTruthy();
      else expect(body.preview, `seed ${seed}, input ${n}`).toBeDefined();
    }
    // Most mutations still read as minutes; random bytes and broken .docx files are refused.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
    expect(await server.meetings.list()).toEqual([]);
  });
});
