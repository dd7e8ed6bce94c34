import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, screenshot, signInContext } from '../support/browser.js';
import { editorText, firstNotes, waitForEditor } from '../support/browserSuite.js';
import { startNginx, type TestNginx } from '../support/nginx.js';
import { type Person, signUp, TEST_PASSWORD } from '../support/people.js';
import { usePostgres } from '../support/postgres.js';
import { useRedis } from '../support/redis.js';
import { type ServerProcess, spawnServer } from '../support/spawnServer.js';

/**
 * Two people in their own browsers, each on another server process of one installation
 * (PostgreSQL and Redis shared), write one meeting's minutes; then the database goes away for a while.
 */
const postgres = usePostgres();
const redis = useRedis();
let servers: ServerProcess[] = [];
let nginx: TestNginx | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  for (const server of servers) {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
    await server.exited;
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const context = await (browser as Browser).newContext({
    viewport: { width: 1200, height: 800 },
    locale: 'sv-SE',
    bypassCSP: true,
  });
  return context.newPage();
}

async function personOn(server: ServerProcess, who: Person): Promise<Page> {
  const page = await newPage();
  await signInContext(page.context(), server.url, who);
  return page;
}

describe('one meeting served by two server processes', () => {
  let anna: Page;
  let bo: Page;
  let meetingId: string;

  it('shows what one person types to another on the other process', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-browser-scaleout-'));
    const env = { DATABASE_URL: await postgres.createDatabase(), REDIS_URL: redis.current().url };
    servers = await Promise.all([spawnServer(dataDir, env), spawnServer(dataDir, env)]);
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const secretary = await signUp(a.url, 'Anna Berg');
    const created = await secretary.fetch('/api/meetings', {
      method: 'POST',
      json: { title: 'Styrelsemöte', date: '2026-11-23' },
    });
    const { id } = (await created.json()) as { id: string };
    meetingId = id;
    const participant = await signUp(a.url, 'Bo Ek');
    const granted = await secretary.fetch(`/api/meetings/${id}/members/${participant.id}`, {
      method: 'PUT',
      json: { role: 'participant' },
    });
    expect(granted.status).toBe(200);

    anna = await personOn(a, secretary);
    bo = await personOn(b, participant);
    await anna.goto(`${a.url}/meetings/${id}`);
    await bo.goto(`${b.url}/meetings/${id}`);
    await waitForEditor(anna);
    await waitForEditor(bo);

    await firstNotes(anna).click();
    await anna.keyboard.type('Anna skriver på process A.');
    await expect.poll(() => editorText(bo)).toContain('Anna skriver på process A.');
    await firstNotes(bo).click();
    await bo.keyboard.press('End');
    await bo.keyboard.type(' Bo svarar från process B.');
    await expect.poll(() => editorText(anna)).toContain('Bo svarar från process B.');
    // Presence crosses too: each sees the other's caret with their name.
    await anna.locator('.collaboration-carets__label', { hasText: 'Bo Ek' }).waitFor();
    await bo.locator('.collaboration-carets__label', { hasText: 'Anna Berg' }).waitFor();
    await expect.poll(() => anna.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    await screenshot(bo, 'scaleout-01-two-processes');
  });

  it('lets someone sign in and write through nginx, in front of both processes', async () => {
    nginx = await startNginx(servers.map((server) => server.port));
    const carin = await newPage();
    await carin.goto(`${nginx.url}/meetings/${meetingId}`);
    await carin.waitForURL(/\/signin/);
    await carin.getByTestId('signin-email').fill('anna.berg@example.org');
    await carin.getByTestId('signin-password').fill(TEST_PASSWORD);
    await carin.getByTestId('signin-submit').click();
    await carin.waitForURL(new RegExp(`/meetings/${meetingId}$`));
    await waitForEditor(carin);
    expect(await editorText(carin)).toContain('Bo svarar från process B.');
    await firstNotes(carin).click();
    await carin.keyboard.press('End');
    await carin.keyboard.type(' Via nginx.');
    await expect.poll(() => editorText(anna)).toContain('Via nginx.');
    await expect.poll(() => editorText(bo)).toContain('Via nginx.');
    await expectAccessible(carin, 'meeting page through nginx');
  });

  it('tells the writer that the server cannot save while the database is away, and saves when it is back', async () => {
    await postgres.halt();
    try {
      await firstNotes(anna).click();
      await anna.keyboard.press('End');
      await anna.keyboard.type(' Skrivet medan databasen var borta.');
      const banner = anna.getByTestId('server-not-saving');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('Servern kan inte spara just nu');
      expect(await anna.getByTestId('save-status').getAttribute('data-state')).toBe('notSaving');
      // Nothing unstored is shared.
      expect(await editorText(bo)).not.toContain('Skrivet medan databasen var borta.');
      await expectAccessible(anna, 'meeting page while the server cannot save');
      await screenshot(anna, 'scaleout-02-not-saving');
    } finally {
      await postgres.resume();
    }
    await expect
      .poll(() => editorText(bo), { timeout: 20_000 })
      .toContain('Skrivet medan databasen var borta.');
    await anna.getByTestId('server-not-saving').waitFor({ state: 'detached' });
    await expect.poll(() => anna.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    await screenshot(anna, 'scaleout-03-saved-again');
  });
});
