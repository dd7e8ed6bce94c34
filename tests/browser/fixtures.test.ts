import fs from 'node:fs';
import path from 'node:path';
import type { Minutes } from '@minutes/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR, launchChromium, screenshot, signInContext } from '../support/browser.js';
import { matchItems } from '../support/matchItems.js';
import { startServer, type TestServer } from '../support/startServer.js';
import { type FixtureScript, fixtureScripts, type Line, type TaskLine } from './fixtureScripts.js';

interface Gold {
  title: string;
  date: string;
  chair: string | null;
  attendees: string[];
  agenda: string[];
  decisions: Array<{ text: string; quote: string }>;
  actions: Array<{ text: string; quote: string; assignees: string[]; due: string | null }>;
  next_meeting: string | null;
}

const GOLD_DIR = path.resolve(import.meta.dirname, 'gold');

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ storage: 'sqlite', clientDir: CLIENT_DIR });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const isTask = (line: Line): line is TaskLine => typeof line !== 'string';
const lower = (names: string[]) => names.map((name) => name.toLowerCase()).sort();

async function writeLines(page: Page, item: ReturnType<Page['locator']>, lines: Line[]): Promise<void> {
  await item.locator('.agenda-item__content p').first().click();
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    if (!isTask(line)) {
      await page.keyboard.type(line);
      continue;
    }
    await page.keyboard.type(`Åtgärd: ${line.task}`);
    const task = item.locator('.action-item').last();
    await expect.poll(() => task.locator('.action-item__text').textContent()).toBe(line.task);
    for (const name of line.assignees) {
      const picker = task.getByRole('combobox', { name: 'Ansvariga' });
      await picker.fill(name);
      await picker.press('Enter');
    }
    await expect.poll(() => task.locator('.chip__name').allTextContents()).toEqual(line.assignees);
    if (line.due && 'date' in line.due) await task.locator('.due').getByLabel('Datum').fill(line.due.date);
    if (line.due && 'text' in line.due)
      await task.locator('.due').getByLabel('eller när').fill(line.due.text);
    // Back to the end of the task's text, to go on writing after it.
    await clickAtEndOf(page, task.locator('.action-item__text'));
  }
}

/** Clicks just after the last character of an element's text, where a person would click. */
async function clickAtEndOf(page: Page, element: ReturnType<Page['locator']>): Promise<void> {
  const point = await element.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    const rects = range.getClientRects();
    const rect = rects[rects.length - 1] ?? el.getBoundingClientRect();
    return { x: rect.right + 1, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
}

/** Writes the minutes through the editor, as the secretary would during the meeting. */
async function writeMinutes(page: Page, script: FixtureScript): Promise<string> {
  await page.goto(server.url);
  await page.getByTestId('new-meeting-title').fill(script.title);
  await page.getByTestId('new-meeting-date').fill(script.date);
  await page.getByTestId('create-meeting').click();
  await page.waitForURL(/\/meetings\/[A-Za-z0-9_-]{22}$/);
  const meetingId = page.url().split('/').at(-1) as string;
  await page.locator('[data-testid="editor"] .ProseMirror').waitFor();

  await page.locator('.meeting-header').getByLabel('Serie').fill(script.series);

  const list = page.locator('.attendee-list');
  for (const [index, attendee] of script.attendees.entries()) {
    await list.getByRole('button', { name: 'Lägg till deltagare' }).click();
    // Like a person, start typing once the new row's name field has the focus.
    const name = list.locator('li').nth(index).getByLabel('Namn');
    await expect.poll(() => name.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type(attendee.name);
    if (attendee.duty) await list.locator('li').last().getByLabel('Uppdrag').selectOption(attendee.duty);
  }

  for (const [index, entry] of script.agenda.entries()) {
    if (index === 0) {
      await page.locator('.agenda-item h2').first().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home');
    } else {
      await page.getByRole('button', { name: 'Dagordningspunkt', exact: true }).click();
    }
    await page.keyboard.type(entry.title);
    await writeLines(page, page.locator('.agenda-item').nth(index), entry.lines);
  }

  if (script.nextMeeting) await page.locator('.next-meeting').getByLabel('Datum').fill(script.nextMeeting);
  return meetingId;
}

describe('real minutes written through the editor come out of the server as the gold answers say', () => {
  it.each(fixtureScripts.map((script) => [script.gold, script] as const))('%s', async (gold, script) => {
    const expected = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, gold), 'utf8')) as Gold;
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'sv-SE' });
    await signInContext(context, server.url, await server.signUp(`Sekreterare ${script.date}`));
    const page = await context.newPage();
    const meetingId = await writeMinutes(page, script);

    await screenshot(page, `fixture-${script.date}`);
    const tasks = script.agenda.flatMap((entry) => entry.lines.filter(isTask));
    let minutes: Minutes | undefined;
    await expect
      .poll(
        async () => {
          const response = await server.owner.fetch(`/api/meetings/${meetingId}/minutes`);
          minutes = ((await response.json()) as { minutes: Minutes }).minutes;
          return [minutes.decisions.length, minutes.actions.length, minutes.next_meeting?.date ?? null];
        },
        { timeout: 15_000 },
      )
      .toEqual([expected.decisions.length, tasks.length, expected.next_meeting]);
    await context.close();
    const got = minutes as Minutes;

    expect(got.title).toBe(expected.title);
    expect(got.date).toBe(expected.date);
    expect(got.chair).toBe(expected.chair);
    expect(lower(got.attendees.map((a) => a.name))).toEqual(lower(expected.attendees));
    expect(got.agenda.map((item) => item.title)).toEqual(expected.agenda);

    const decisions = matchItems(expected.decisions, got.decisions, (item) =>
      'quote' in item ? `${item.text} ${item.quote}` : item.text,
    );
    expect(decisions).toHaveLength(expected.decisions.length);

    const actions = matchItems(expected.actions, got.actions, (item) =>
      'quote' in item ? `${item.text} ${item.quote}` : item.text,
    );
    expect(actions).toHaveLength(expected.actions.length);
    for (const [goldAction, action] of actions) {
      const firstNames = (names: string[]) => lower(names.map((name) => name.split(' ')[0] as string));
      expect(firstNames(action.assignees)).toEqual(firstNames(goldAction.assignees));
      if (goldAction.due && /^\d{4}-\d{2}-\d{2}$/.test(goldAction.due))
        expect(action.dueDate).toBe(goldAction.due);
      else expect(action.due).toBe(goldAction.due);
    }
  });
});
