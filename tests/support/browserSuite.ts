import type { Minutes } from '@minutes/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CLIENT_DIR, launchChromium, screenshot } from './browser.js';
import { startServer, type TestServer } from './startServer.js';

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A person in their own browser (own storage, own IndexedDB), as on two machines. */
  person(viewport?: { width: number; height: number }): Promise<Page>;
  minutesFromServer(meetingId: string): Promise<Minutes>;
  /** Creates a meeting through the API; its id and the address of its page. */
  createMeeting(title: string, date: string): Promise<{ id: string; url: string }>;
}

/**
 * A real server serving the built client, and headless Chromium, for the tests of one file;
 * both are stopped after them.
 */
export function browserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ storage: 'sqlite', clientDir: CLIENT_DIR });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser suite has not started');
    return value;
  };

  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    async person(viewport = { width: 1280, height: 900 }) {
      const context = await started(browser).newContext({
        viewport,
        locale: 'sv-SE',
        // Only so that axe-core can be injected; the app itself runs under its real CSP.
        bypassCSP: true,
      });
      contexts.push(context);
      return context.newPage();
    },
    async createMeeting(title, date) {
      const { url } = started(server);
      const response = await fetch(`${url}/api/meetings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title, date }),
      });
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      return { id, url: `${url}/meetings/${id}` };
    },
    async minutesFromServer(meetingId) {
      const response = await fetch(`${started(server).url}/api/meetings/${meetingId}/minutes`);
      expect(response.status).toBe(200);
      return ((await response.json()) as { minutes: Minutes }).minutes;
    },
  };
}

/** Opens a meeting, gives the person's name and waits until the editor is connected. */
export async function joinMeeting(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('name-input').fill(name);
  await page.getByTestId('name-submit').click();
  await waitForEditor(page);
}

export async function waitForEditor(page: Page): Promise<void> {
  await page.locator('[data-testid="editor"] .ProseMirror').waitFor();
  await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-state')).toBe('connected');
}

/** A full-page screenshot from the top, so that the sticky toolbar sits above the document. */
export async function screenshotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** The text of `locator` without the other writers' carets (which carry their names). */
export function textWithoutCarets(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.textContent ?? '';
  });
}
