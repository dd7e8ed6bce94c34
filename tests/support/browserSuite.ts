import type { Minutes, Role } from '@minutes/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CLIENT_DIR, launchChromium, screenshot, signInContext } from './browser.js';
import type { Person } from './people.js';
import { startServer, type TestServer } from './startServer.js';

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A person in their own browser (own storage, own IndexedDB), as on two machines. */
  person(viewport?: { width: number; height: number }): Promise<Page>;
  minutesFromServer(meetingId: string): Promise<Minutes>;
  /** Creates a meeting through the API, with the server's owner as secretary; its id and the address of its page. */
  createMeeting(title: string, date: string): Promise<{ id: string; url: string }>;
  /**
   * Signs the page's browser in as a new account with this name (or as the owner), giving it the
   * role in the meeting at `url` first, then opens the meeting and waits until the editor is connected.
   */
  joinMeeting(page: Page, url: string, name: string, role?: Role): Promise<Person>;
  /** Signs the page's browser in as a new account (or `person`), without opening anything. */
  signIn(page: Page, name: string | Person): Promise<Person>;
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
      const { url, owner } = started(server);
      const response = await owner.fetch('/api/meetings', { method: 'POST', json: { title, date } });
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      return { id, url: `${url}/meetings/${id}` };
    },
    async signIn(page, name) {
      const running = started(server);
      const person = typeof name === 'string' ? await running.signUp(name) : name;
      await signInContext(page.context(), running.url, person);
      return person;
    },
    async joinMeeting(page, url, name, role = 'participant') {
      const running = started(server);
      const person = await this.signIn(page, name);
      const meetingId = new URL(url).pathname.split('/').at(-1);
      const granted = await running.owner.fetch(`/api/meetings/${meetingId}/members/${person.id}`, {
        method: 'PUT',
        json: { role },
      });
      expect(granted.status).toBe(200);
      await page.goto(url);
      await waitForEditor(page);
      return person;
    },
    async minutesFromServer(meetingId) {
      const response = await started(server).owner.fetch(`/api/meetings/${meetingId}/minutes`);
      expect(response.status).toBe(200);
      return ((await response.json()) as { minutes: Minutes }).minutes;
    },
  };
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

/** The first paragraph of notes in the template's first agenda item. */
export function firstNotes(page: Page): Locator {
  return page.locator('.agenda-item__content p').first();
}

/** The editor's text; remote carets (with their name labels) live inside it and are left out. */
export function editorText(page: Page): Promise<string> {
  return textWithoutCarets(page.locator('[data-testid="editor"] .ProseMirror'));
}
