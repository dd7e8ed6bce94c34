import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Meeting, Minutes } from '@minutes/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT_DIR,
  expectAccessible,
  launchChromium,
  screenshot as saveScreenshot,
  signInContext,
} from '../support/browser.js';
import { startServer, type TestServer } from '../support/startServer.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/minutes');

interface Gold {
  title: string;
  decisions: Array<{ text: string; quote: string }>;
  actions: Array<{ text: string; quote: string; assignees: string[] }>;
  agenda: string[];
}

interface Preview {
  title: string | null;
  agenda: Array<{ title: string }>;
  decisions: Array<{ text: string }>;
  actions: Array<{ text: string; assignees: string[]; due: string | null }>;
}

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer({ storage: 'sqlite', clientDir: CLIENT_DIR });
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'sv-SE',
    // Only so that axe-core can be injected; the app itself runs under its real CSP.
    bypassCSP: true,
  });
  await signInContext(context, server.url, server.owner);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function screenshot(name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

async function meetingCount(): Promise<number> {
  const response = await server.owner.fetch(`/api/meetings`);
  return ((await response.json()) as { meetings: Meeting[] }).meetings.length;
}

/** What the server recognises in a fixture, asked directly, to compare the page with. */
async function previewFromServer(file: string): Promise<Preview> {
  const response = await server.owner.fetch(`/api/imports/preview`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file) },
    body: fs.readFileSync(path.join(FIXTURES, file)),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { preview: Preview }).preview;
}

async function minutesFromServer(meetingId: string): Promise<Minutes> {
  const response = await server.owner.fetch(`/api/meetings/${meetingId}/minutes`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { minutes: Minutes }).minutes;
}

const preview = () => page.getByTestId('import-preview');
const listed = (testId: string) => preview().getByTestId(testId).locator(':scope > li');
const errorRegion = () => page.getByTestId('import-error');

async function openImportPage(): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('main').getByRole('link', { name: 'Importera protokoll' }).click();
  await page.getByRole('heading', { level: 1, name: 'Importera protokoll' }).waitFor();
}

/** Creates the meeting from the preview on screen and opens it; returns its id. */
async function createAndOpen(): Promise<string> {
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  await page.waitForURL(/\/meetings\/[A-Za-z0-9_-]{22}$/);
  const meetingId = page.url().split('/').at(-1) as string;
  const name = page.getByTestId('name-input');
  await page.locator('[data-testid="editor"] .ProseMirror').or(name).first().waitFor();
  if (await name.isVisible()) {
    await name.fill('Sekreteraren');
    await page.getByTestId('name-submit').click();
  }
  await page.locator('[data-testid="editor"] .ProseMirror').waitFor();
  return meetingId;
}

describe('import of existing minutes in the app', () => {
  it('shows an empty import page reached from the start page and the header', async () => {
    await openImportPage();
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await nav.getByRole('link', { name: 'Importera protokoll' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await page.getByLabel('Protokollfil').getAttribute('accept')).toBe('.txt,.md,.docx');
    // Preview with nothing chosen says what is missing.
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect.poll(() => errorRegion().textContent()).toBe('Välj en fil att importera.');
    await expectAccessible(page, 'empty import page');
    await screenshot('import-01-empty');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'empty import page on a phone');
    await screenshot('import-01-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('previews a Swedish fixture chosen with the file input, then creates its meeting', async () => {
    const file = '2025-03-06-rektorsnatverket.txt';
    const gold = JSON.parse(
      fs.readFileSync(path.join(FIXTURES, file.replace(/\.txt$/, '.gold.json')), 'utf8'),
    ) as Gold;
    const expected = await previewFromServer(file);
    const before = await meetingCount();

    await page.getByLabel('Protokollfil').setInputFiles(path.join(FIXTURES, file));
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await preview().waitFor();
    expect(await errorRegion().textContent()).toBe('');
    // Focus moves to the preview, so that screen reader users hear it has come.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Förhandsgranskning');
    expect(await preview().getByRole('heading', { level: 3 }).first().textContent()).toBe(gold.title);
    expect(await preview().getByText('6 mars 2025').count()).toBeGreaterThan(0);

    const decisions = await listed('preview-decisions').allTextContents();
    const actions = await listed('preview-actions').allTextContents();
    expect(decisions).toHaveLength(expected.decisions.length);
    expect(actions).toHaveLength(expected.actions.length);
    expect(decisions.length).toBeGreaterThan(0);
    expect(actions.length).toBeGreaterThan(0);
    expect(
      await preview()
        .getByRole('heading', { name: `Beslut (${decisions.length})` })
        .count(),
    ).toBe(1);
    expect(
      await preview()
        .getByRole('heading', { name: `Uppgifter (${actions.length})` })
        .count(),
    ).toBe(1);
    // The tasks say who and by when, with dates written the Swedish way.
    const ulf = actions.find((text) => text.includes('länken'));
    expect(ulf).toContain('Ansvariga: Ulf');
    const camilla = actions.find((text) => text.includes('sammanställer') || text.includes('Sammanställ'));
    expect(camilla).toMatch(/Camilla.*Yasmin/);
    expect(camilla).toContain('Klart senast 10 april 2025');
    expect(await listed('preview-agenda').allTextContents()).toEqual(
      expected.agenda.map((item) => item.title),
    );
    expect(await preview().getByTestId('preview-next-meeting').textContent()).toContain('10 april 2025');
    expect(await meetingCount()).toBe(before);

    await expectAccessible(page, 'import page with a preview');
    await screenshot('import-02-preview');

    const meetingId = await createAndOpen();
    expect(await meetingCount()).toBe(before + 1);
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await expect.poll(() => editor.locator('.agenda-item').count()).toBe(expected.agenda.length);
    await expect.poll(() => editor.locator('.decision').count()).toBe(expected.decisions.length);
    await expect.poll(() => editor.locator('.action-item').count()).toBe(expected.actions.length);
    expect(await editor.locator('.agenda-item h2').allTextContents()).toEqual(
      expected.agenda.map((item) => item.title),
    );
    await expect.poll(() => editor.locator('.attendee').count()).toBeGreaterThanOrEqual(4);
    // All the text comes along, not only the recognised parts.
    expect(await editor.textContent()).toContain('Alla skolor har svårt att rekrytera speciallärare.');
    await screenshot('import-03-imported-meeting');

    await expect
      .poll(
        async () => {
          const minutes = await minutesFromServer(meetingId);
          return [minutes.decisions.length, minutes.actions.length];
        },
        { timeout: 15_000 },
      )
      .toEqual([expected.decisions.length, expected.actions.length]);
  });

  it('imports pasted Swedish text, with the keyboard alone', async () => {
    await openImportPage();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    await page.getByRole('radio', { name: 'i en fil' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'som text att klistra in' }).isChecked()).toBe(true);
    // The file field is hidden now, so Tab goes straight to the text.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('import-text');
    await page.keyboard.insertText(
      [
        'Arbetsgruppen för skolgården',
        'Minnesanteckningar 12 mars 2026',
        '',
        'Närvarande: Lina Larsson, Osman Aytar, Karin Berg',
        '',
        '1. Lekytor',
        'Det beslutas att sandlådan flyttas till södra sidan.',
        'Osman tar fram en ritning till den 2 april.',
        '',
        'Nästa möte: 9 april 2026',
      ].join('\n'),
    );
    await page.keyboard.press('Tab');
    expect(
      await page
        .getByRole('radio', { name: 'Vanlig text' })
        .evaluate((radio) => radio === document.activeElement),
    ).toBe(true);
    expect(await page.getByRole('radio', { name: 'Vanlig text' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('import-preview-button');
    await page.keyboard.press('Enter');
    await preview().waitFor();
    expect(await listed('preview-decisions').allTextContents()).toEqual([
      expect.stringContaining('sandlådan flyttas'),
    ]);
    const [task] = await listed('preview-actions').allTextContents();
    expect(task).toContain('ritning');
    expect(task).toContain('Osman');
    expect(task).toContain('2 april 2026');
    await screenshot('import-04-pasted-preview');

    // From the preview's heading (where focus went), the next stop is "Skapa möte".
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Förhandsgranskning');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('import-create');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/meetings\/[A-Za-z0-9_-]{22}$/);
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.waitFor();
    await expect.poll(() => editor.locator('.decision').count()).toBe(1);
    await expect.poll(() => editor.locator('.action-item').count()).toBe(1);
    expect(await editor.locator('.decision').textContent()).toContain('sandlådan flyttas');
  });

  it('says clearly that a corrupt .docx cannot be read, and creates nothing', async () => {
    await openImportPage();
    const before = await meetingCount();
    await page.getByLabel('Protokollfil').setInputFiles({
      name: 'x.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: crypto.randomBytes(4096),
    });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    // The server names the reason; the page says it in Swedish.
    await expect
      .poll(() => errorRegion().textContent())
      .toBe('Word-filen gick inte att läsa; den kan vara skadad. Spara den på nytt och försök igen.');
    expect(await preview().count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Skapa möte' }).count()).toBe(0);
    // Straight to the API as well: the same bytes create no meeting.
    const direct = await server.owner.fetch(`/api/imports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': 'x.docx' },
      body: crypto.randomBytes(4096),
    });
    expect(direct.status).toBe(400);
    expect(await meetingCount()).toBe(before);
    await expectAccessible(page, 'import page with an error');
    await screenshot('import-05-corrupt-docx');
  });

  it('imports a Word document', async () => {
    const file = '2025-01-15-kulturforeningen-ljuset.docx';
    const expected = await previewFromServer(file);
    // Dropped onto the drop zone this time, as from a file manager.
    const bytes = fs.readFileSync(path.join(FIXTURES, file)).toString('base64');
    await page.getByTestId('import-drop-zone').evaluate(
      (zone, { name, base64 }) => {
        const data = new DataTransfer();
        const content = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        data.items.add(new File([content], name));
        zone.dispatchEvent(
          new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { name: file, base64: bytes },
    );
    // A new file clears the earlier error.
    await expect.poll(() => errorRegion().textContent()).toBe('');
    expect(await page.getByText(`Vald fil: ${file}`).count()).toBe(1);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await preview().waitFor();
    expect(await errorRegion().textContent()).toBe('');
    expect(await listed('preview-decisions').count()).toBe(expected.decisions.length);
    expect(await listed('preview-actions').count()).toBe(expected.actions.length);
    expect(await listed('preview-agenda').allTextContents()).toEqual(
      expected.agenda.map((item) => item.title),
    );
    await screenshot('import-06-docx-preview');

    const meetingId = await createAndOpen();
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await expect.poll(() => editor.locator('.agenda-item').count()).toBe(expected.agenda.length);
    await expect.poll(() => editor.locator('.decision').count()).toBe(expected.decisions.length);
    await expect.poll(() => editor.locator('.action-item').count()).toBe(expected.actions.length);
    await expect
      .poll(
        async () => {
          const minutes = await minutesFromServer(meetingId);
          return [minutes.decisions.length, minutes.actions.length];
        },
        { timeout: 15_000 },
      )
      .toEqual([expected.decisions.length, expected.actions.length]);
    await screenshot('import-07-docx-meeting');
  });
});
