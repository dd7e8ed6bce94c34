import type { Minutes } from '@minutes/shared';
import type { Editor, JSONContent } from '@tiptap/core';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from '../support/browser.js';
import {
  browserSuite,
  screenshotFromTop,
  textWithoutCarets,
  waitForEditor,
} from '../support/browserSuite.js';
import type { Person } from '../support/people.js';

const suite = browserSuite();

const SERIES = 'Styrgrupp Tillsammans';
const TASK = 'Ta fram ett förslag om föräldrastöd';
const DECISION = 'Styrgruppen antar handlingsplanen för föräldrastödet.';
const TABLED = 'Lokalfrågan';
const TAKEN_UP = 'Lokalen på Storgatan kan hyras från januari.';
const DECISION_2 = 'Styrgruppen hyr lokalen på Storgatan.';
const TASK_2 = 'Skriv avtal om lokalen';
const FOLLOW_UP = 'Uppföljning från föregående möte';
const NO_FOLLOW_UP = 'Inga öppna uppgifter eller bordlagda ärenden.';

const editor = (page: Page) => page.locator('[data-testid="editor"] .ProseMirror');
const agendaItem = (page: Page, title: string) =>
  page.locator('.agenda-item').filter({ has: page.locator('h2', { hasText: title }) });
const followUp = (page: Page) => agendaItem(page, FOLLOW_UP);
const taskRows = (page: Page) => page.getByTestId('task-row');
const meetingIdOf = (page: Page) => new URL(page.url()).pathname.split('/').at(-1) as string;

/**
 * Whether the editor itself (not only the page) has the caret just after the last character of
 * `block`: keys pressed before the editor has read a caret move would act on the old one.
 */
function caretAtEndOf(block: Locator): Promise<boolean> {
  return block.evaluate((element) => {
    const root = element.closest('.ProseMirror') as (HTMLElement & { editor?: Editor }) | null;
    const view = root?.editor?.view;
    if (!view?.hasFocus()) return false;
    const { selection } = view.state;
    return selection.empty && selection.head === view.posAtDOM(element, element.childNodes.length);
  });
}

/** Clicks just after the last character of `block` until the editor has the caret there. */
async function clickAtEnd(block: Locator): Promise<void> {
  await expect
    .poll(async () => {
      if (await caretAtEndOf(block)) return true;
      await block.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const point = await block.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const last = [...range.getClientRects()].filter((rect) => rect.width > 0).at(-1);
        return last ? { x: last.right - 1, y: last.top + last.height / 2 } : null;
      });
      // An empty block has no text to click after.
      if (point) await block.page().mouse.click(point.x, point.y);
      else await block.click();
      return caretAtEndOf(block);
    })
    .toBe(true);
}

/** Whether the element with this DOM id is in the window, with the caret (or, read-only, focus) in it. */
function landedOn(page: Page, anchor: string) {
  return page.evaluate((id) => {
    const element = document.getElementById(id);
    if (!element) return 'missing';
    const { top, bottom } = element.getBoundingClientRect();
    const selection = window.getSelection();
    const caretInside =
      document.activeElement?.classList.contains('ProseMirror') === true &&
      selection?.focusNode != null &&
      element.contains(selection.focusNode);
    return {
      inView: top >= 0 && bottom <= window.innerHeight,
      focused: caretInside || document.activeElement === element,
    };
  }, anchor);
}

async function minutesOf(meetingId: string, ready: (minutes: Minutes) => boolean): Promise<Minutes> {
  await expect
    .poll(async () => ready(await suite.minutesFromServer(meetingId)), { timeout: 15_000 })
    .toBe(true);
  return suite.minutesFromServer(meetingId);
}

async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await expect.poll(() => page.getByTestId(`tab-${tab}`).getAttribute('aria-selected')).toBe('true');
}

/** The series page's "Nytt möte från föregående", with the date asked for (or the one it offers). */
async function nextMeeting(page: Page, title: string, date?: string): Promise<string> {
  const form = page.getByTestId('next-meeting-form');
  if (date) await form.getByTestId('next-meeting-date').fill(date);
  await form.getByTestId('next-meeting-title').fill(title);
  const before = page.url();
  await form.getByTestId('next-meeting-create').click();
  await page.waitForURL((url) => url.href !== before && url.pathname.startsWith('/meetings/'));
  await expect.poll(() => page.locator('h1').textContent()).toBe(title);
  await waitForEditor(page);
  return meetingIdOf(page);
}

async function toSeriesPage(page: Page): Promise<void> {
  await page.getByTestId('meeting-series-link').click();
  await expect.poll(() => page.getByTestId('series-name').textContent()).toBe(SERIES);
}

/**
 * Applies the task tracker's filter with this status (and whatever else the form holds), and waits
 * until the tracker shows the tasks of `query`, the filter as the tracker asks the server for it.
 */
async function filterTasks(
  page: Page,
  status: 'open' | 'done' | 'overdue' | 'all',
  query = `?status=${status}`,
): Promise<void> {
  await page.getByTestId('task-filter-status').selectOption(status);
  await page.getByTestId('task-filter-apply').click();
  await expect.poll(() => page.locator('[data-shown]').getAttribute('data-shown')).toBe(query);
}

/** The status of the task node `id` in a ProseMirror document. */
function taskStatusIn(node: JSONContent, id: string): unknown {
  if (node.type === 'actionItem' && node.attrs?.id === id) return node.attrs.status;
  for (const child of node.content ?? []) {
    const found = taskStatusIn(child, id);
    if (found !== undefined) return found;
  }
  return undefined;
}

async function search(page: Page, query: string): Promise<void> {
  const field = page.getByTestId('site-search-input');
  await field.fill(query);
  await field.press('Enter');
  await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === query);
}

describe('across meetings: follow-up of tasks and tabled items, the decision register, search', () => {
  let secretary: Page;
  let m1: string;
  let m2: string;
  let taskId: string;
  let decisionId: string;
  let seriesId: string;

  it('writes meeting 1 of a new series, started from the start page', async () => {
    secretary = await suite.person();
    await suite.signIn(secretary, suite.server.owner);
    await secretary.goto(suite.server.url);
    await secretary.getByTestId('new-meeting-title').fill(SERIES);
    await secretary.getByTestId('new-meeting-date').fill('2025-09-04');
    await secretary.getByTestId('create-meeting').click();
    await secretary.waitForURL(/\/meetings\/[\w-]{22}$/);
    await waitForEditor(secretary);
    m1 = meetingIdOf(secretary);

    const attendees = secretary.locator('.attendee-list');
    for (const name of ['Lina Larsson', 'Osman Aytar']) {
      await attendees.getByRole('button', { name: 'Lägg till deltagare' }).click();
      // The new row's name field takes focus once it is rendered.
      await expect
        .poll(() =>
          secretary.evaluate(() => {
            const active = document.activeElement;
            return (
              active instanceof HTMLInputElement && active.closest('.attendee__name') !== null && active.value
            );
          }),
        )
        .toBe('');
      await secretary.keyboard.type(name);
    }
    await expect
      .poll(() =>
        attendees
          .locator('.attendee__name input')
          .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
      )
      .toEqual(['Lina Larsson', 'Osman Aytar']);

    await clickAtEnd(secretary.locator('.agenda-item__content p').first());
    await secretary.keyboard.type(`Beslut: ${DECISION}`);
    await secretary.keyboard.press('Enter');
    await secretary.keyboard.type(`Åtgärd: ${TASK}`);
    const task = secretary.locator('.action-item');
    await expect.poll(() => textWithoutCarets(task.locator('.action-item__text'))).toBe(TASK);
    await task.getByLabel('Ansvariga').fill('Lina Larsson');
    await task.getByLabel('Ansvariga').press('Enter');
    await task.locator('.due').getByLabel('Datum').fill('2025-09-25');
    await expect.poll(() => task.locator('.due').textContent()).toContain('25 september 2025');

    // A second agenda item, tabled with "Bordläggs".
    await clickAtEnd(task.locator('.action-item__text'));
    await secretary.getByTestId('insert-agendaItem').click();
    await secretary.keyboard.type(TABLED);
    await secretary.keyboard.press('Enter');
    await secretary.keyboard.type('Bordläggs till nästa möte.');
    await expect.poll(() => agendaItem(secretary, TABLED).getAttribute('data-status')).toBe('tabled');

    // Osman reserves himself against the decision.
    const decision = secretary.locator('.decision');
    await decision.getByRole('button', { name: '+ Reservation' }).click();
    await decision.getByLabel('Reservationer').fill('Osman Aytar');

    const minutes = await minutesOf(
      m1,
      (found) =>
        found.actions[0]?.dueDate === '2025-09-25' &&
        found.actions[0]?.assignees.join() === 'Lina Larsson' &&
        found.decisions[0]?.reservations.join() === 'Osman Aytar' &&
        found.tabled.length === 1,
    );
    taskId = minutes.actions[0]?.id as string;
    decisionId = minutes.decisions[0]?.id as string;
    // The node views carry the anchors that links lead to.
    expect(await secretary.locator(`#uppgift-${taskId}`).getAttribute('class')).toContain('action-item');
    expect(await secretary.locator(`#beslut-${decisionId}`).getAttribute('class')).toContain('decision');

    // The series is found from the start page, and from the meeting's header.
    await secretary.getByRole('link', { name: 'Minutes – till startsidan' }).click();
    const seriesLink = secretary.getByTestId('series-list').getByRole('link', { name: SERIES });
    await seriesLink.waitFor();
    expect(await secretary.getByTestId('series-list').textContent()).toContain('1 möte');
    await expectAccessible(secretary, 'start page with its series');
    await screenshotFromTop(secretary, 'series-01-start-page');
    await seriesLink.click();
    await expect.poll(() => secretary.getByTestId('series-name').textContent()).toBe(SERIES);
    seriesId = new URL(secretary.url()).pathname.split('/').at(-1) as string;
    await secretary.goto(`${suite.server.url}/meetings/${m1}`);
    await waitForEditor(secretary);
    await toSeriesPage(secretary);
    expect(new URL(secretary.url()).pathname).toBe(`/series/${seriesId}`);
  });

  it('makes meeting 2 from meeting 1: the task is listed and linked, the tabled item comes back', async () => {
    const meetings = secretary.getByTestId('series-meetings');
    expect(await meetings.locator('.meeting-list__item').count()).toBe(1);
    expect(await meetings.textContent()).toContain('Din roll: Sekreterare');
    // A week after the latest meeting, unless changed.
    expect(await secretary.getByTestId('next-meeting-date').inputValue()).toBe('2025-09-11');
    await expectAccessible(secretary, 'series page, Möten');
    await screenshotFromTop(secretary, 'series-02-meetings-tab');
    m2 = await nextMeeting(secretary, `${SERIES}, oktober`, '2025-10-02');

    const link = followUp(secretary).locator('a', { hasText: TASK });
    expect(await link.getAttribute('href')).toBe(`/meetings/${m1}#uppgift-${taskId}`);
    expect(await textWithoutCarets(followUp(secretary))).toContain(`${TASK} – Lina Larsson`);
    expect(await textWithoutCarets(followUp(secretary))).toContain(TABLED);
    const returned = agendaItem(secretary, TABLED);
    expect(await returned.count()).toBe(1);
    expect(await returned.getAttribute('data-status')).toBe('open');
    expect(await secretary.locator('.attendee-list .attendee__name input').count()).toBe(2);

    // A plain click puts the caret in the link's text and offers to open it; it does not leave.
    await link.click();
    const hint = secretary.getByTestId('link-hint');
    await expect.poll(() => hint.textContent()).toContain('Öppna länken');
    expect(await hint.textContent()).toContain('Ctrl+Enter');
    expect(new URL(secretary.url()).pathname).toBe(`/meetings/${m2}`);
    await expectAccessible(secretary, 'meeting 2 with the follow-up and the link hint');
    await screenshotFromTop(secretary, 'series-03-meeting-2-follow-up');

    // Ctrl+Enter in the link follows it, to the task in meeting 1.
    await secretary.keyboard.press('Control+Enter');
    await secretary.waitForURL(`${suite.server.url}/meetings/${m1}#uppgift-${taskId}`);
    await expect.poll(() => secretary.locator('h1').textContent()).toBe(SERIES);
    await expect
      .poll(() => landedOn(secretary, `uppgift-${taskId}`))
      .toEqual({ inView: true, focused: true });
    expect(await secretary.locator(`#uppgift-${taskId}`).textContent()).toContain(TASK);
    await screenshot(secretary, 'series-04-landed-on-task');

    // Meeting 2 takes up the tabled item: a note, a decision and a task for Lina.
    await secretary.goBack();
    await expect.poll(() => secretary.locator('h1').textContent()).toBe(`${SERIES}, oktober`);
    await waitForEditor(secretary);
    await clickAtEnd(agendaItem(secretary, TABLED).locator('.agenda-item__content p').last());
    await secretary.keyboard.press('Enter');
    await secretary.keyboard.type(TAKEN_UP);
    await secretary.keyboard.press('Enter');
    await secretary.keyboard.type(`Beslut: ${DECISION_2}`);
    await secretary.keyboard.press('Enter');
    await secretary.keyboard.type(`Åtgärd: ${TASK_2}`);
    const task2 = agendaItem(secretary, TABLED).locator('.action-item');
    await task2.getByLabel('Ansvariga').fill('Lina Larsson');
    await task2.getByLabel('Ansvariga').press('Enter');
    await minutesOf(
      m2,
      (found) =>
        found.decisions.length === 1 &&
        found.actions[0]?.assignees.join() === 'Lina Larsson' &&
        found.agenda.some((item) => item.title === TABLED && item.status === 'open'),
    );
  });

  it('makes meeting 3 from meeting 2: the task is still there, carried twice; the tabled item is not', async () => {
    await toSeriesPage(secretary);
    expect(await secretary.getByTestId('series-meetings').locator('.meeting-list__item').count()).toBe(2);
    // Newest first: the form makes the next meeting from meeting 2.
    expect(await secretary.getByTestId('next-meeting-date').inputValue()).toBe('2025-10-09');
    const m3 = await nextMeeting(secretary, `${SERIES}, november`);
    expect(m3).not.toBe(m2);

    const tasks = followUp(secretary).locator('a');
    await expect.poll(() => tasks.allTextContents()).toEqual([TASK, TASK_2]);
    expect(await textWithoutCarets(followUp(secretary))).not.toContain(TABLED);
    expect(await agendaItem(secretary, TABLED).count()).toBe(0);

    // Ctrl+click follows a link too.
    await tasks.first().click({ modifiers: ['ControlOrMeta'] });
    await secretary.waitForURL(`${suite.server.url}/meetings/${m1}#uppgift-${taskId}`);
    await expect
      .poll(() => landedOn(secretary, `uppgift-${taskId}`))
      .toEqual({ inView: true, focused: true });
  });

  it('closes the task in the series tracker, after meeting 1 is final; meeting 4 no longer lists it', async () => {
    const { owner } = suite.server;
    expect((await owner.fetch(`/api/meetings/${m1}/finalise`, { method: 'POST', json: {} })).status).toBe(
      201,
    );
    const published = await owner.fetch(`/api/meetings/${m1}/versions/1/publish`, {
      method: 'POST',
      json: {},
    });
    expect(published.status).toBe(200);

    await secretary.goto(`${suite.server.url}/series/${seriesId}`);
    await openTab(secretary, 'tasks');
    const tracker = secretary.getByTestId('series-tasks');
    await expect.poll(() => taskRows(secretary).count()).toBe(2);
    const row = taskRows(secretary).filter({ hasText: TASK });
    expect(await row.getByTestId('task-text').textContent()).toBe(TASK);
    expect(await row.getByTestId('task-due').textContent()).toContain('25 september 2025');
    // Overdue says so in words, not by colour alone.
    expect(await row.getByTestId('task-overdue').textContent()).toContain('Försenad');
    expect(await taskRows(secretary).filter({ hasText: TASK_2 }).getByTestId('task-overdue').count()).toBe(0);
    expect(await row.textContent()).toContain('Lina Larsson');
    expect(await row.getByTestId('task-link').getAttribute('href')).toBe(`/meetings/${m1}#uppgift-${taskId}`);
    expect(await row.getByTestId('task-finalised-hint').textContent()).toContain(
      'protokollets text ändras inte',
    );
    expect(await tracker.getByTestId('task-finalised-note').isVisible()).toBe(true);
    await expectAccessible(secretary, 'series page, Uppgifter');
    await screenshotFromTop(secretary, 'series-05-tracker');

    // Named by its visible label and the task (in a visually hidden part, which may add a space).
    await row.getByRole('checkbox', { name: new RegExp(`^Klar\\W+${TASK}$`) }).check();
    await expect
      .poll(() => secretary.getByTestId('task-tracker-status').textContent())
      .toBe(`”${TASK}” är markerad som klar.`);
    expect(await row.getAttribute('data-status')).toBe('done');
    expect(await row.textContent()).toContain('Ändrad av Ordförande Olsson');
    await screenshotFromTop(secretary, 'series-06-tracker-task-done');

    // The filters: it is done now, and no longer open.
    await filterTasks(secretary, 'done');
    await expect.poll(() => taskRows(secretary).allTextContents()).toEqual([expect.stringContaining(TASK)]);
    await filterTasks(secretary, 'open');
    await expect.poll(() => taskRows(secretary).count()).toBe(1);
    expect(await taskRows(secretary).getByTestId('task-text').textContent()).toBe(TASK_2);
    await secretary.getByTestId('task-filter-assignee').fill('osman');
    await filterTasks(secretary, 'all', '?status=all&assignee=osman');
    await expect
      .poll(() => secretary.getByTestId('task-tracker-status').textContent())
      .toBe('Inga uppgifter passar filtret.');
    expect(await taskRows(secretary).count()).toBe(0);
    await secretary.getByTestId('task-filter-assignee').fill('');
    await secretary.getByTestId('task-filter-meeting').selectOption(m2);
    await filterTasks(secretary, 'all', `?status=all&meeting=${m2}`);
    await expect.poll(() => taskRows(secretary).allTextContents()).toEqual([expect.stringContaining(TASK_2)]);

    // The final text of meeting 1 keeps its task open; the tracker has it done.
    const version = await owner.fetch(`/api/meetings/${m1}/versions/1`);
    const { document } = (await version.json()) as { document: JSONContent };
    expect(taskStatusIn(document, taskId)).toBe('open');

    await openTab(secretary, 'meetings');
    expect(await secretary.getByTestId('next-meeting-date').inputValue()).toBe('2025-10-16');
    await nextMeeting(secretary, `${SERIES}, december`);
    await expect.poll(() => followUp(secretary).locator('a').allTextContents()).toEqual([TASK_2]);
    expect(await textWithoutCarets(followUp(secretary))).not.toContain(TASK);
    expect(await textWithoutCarets(followUp(secretary))).not.toContain(NO_FOLLOW_UP);
  });

  it('lists the decisions in the register, linked to where they were made', async () => {
    await toSeriesPage(secretary);
    await openTab(secretary, 'decisions');
    const rows = secretary.getByTestId('decision-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.getByTestId('decision-text').allTextContents()).toEqual([DECISION, DECISION_2]);
    const first = rows.first();
    expect(await first.getByTestId('decision-meeting').textContent()).toBe(SERIES);
    expect(await first.textContent()).toContain('4 september 2025');
    expect(await first.textContent()).toContain('1. Mötets öppnande');
    expect(await first.textContent()).toContain('Osman Aytar');
    expect(await rows.nth(1).textContent()).toContain('Inga');
    expect(await rows.nth(1).textContent()).toContain(`3. ${TABLED}`);
    await expectAccessible(secretary, 'series page, Beslut');
    await screenshotFromTop(secretary, 'series-07-register');

    // Meeting 1 is final: the link leads to the decision in the locked document.
    await first.getByTestId('decision-link').click();
    await secretary.waitForURL(`${suite.server.url}/meetings/${m1}#beslut-${decisionId}`);
    await waitForEditor(secretary);
    await expect.poll(() => editor(secretary).getAttribute('contenteditable')).toBe('false');
    await expect
      .poll(() => landedOn(secretary, `beslut-${decisionId}`))
      .toEqual({ inView: true, focused: true });
    expect(await secretary.locator(`#beslut-${decisionId}`).textContent()).toContain(DECISION);
    await screenshot(secretary, 'series-08-landed-on-decision');

    await toSeriesPage(secretary);
    await openTab(secretary, 'calendar');
    const feed = secretary.getByTestId('series-feed-url');
    await feed.waitFor();
    expect(await feed.inputValue()).toMatch(
      new RegExp(`^${suite.server.url}/feeds/[\\w-]+/series/${seriesId}\\.ics$`),
    );
    expect(await secretary.getByTestId('series-calendar').textContent()).toContain('Håll den för dig själv');
    const ics = await fetch(await feed.inputValue());
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    await expectAccessible(secretary, 'series page, Kalender');
    await screenshotFromTop(secretary, 'series-09-calendar');
  });

  it('finds a word of the minutes in another form from the header, and marks it', async () => {
    await search(secretary, 'handlingsplaner');
    expect(await secretary.getByTestId('site-search-input').inputValue()).toBe('handlingsplaner');
    const hits = secretary.getByTestId('search-hit');
    await expect.poll(() => hits.count()).toBe(1);
    expect(await hits.getByTestId('search-hit-link').textContent()).toBe(SERIES);
    expect(await hits.getByTestId('search-hit-link').getAttribute('href')).toBe(`/meetings/${m1}`);
    expect(await hits.locator('mark').allTextContents()).toEqual(['handlingsplanen']);
    expect(await hits.getByTestId('search-snippet').first().textContent()).toContain(DECISION.slice(0, -1));
    expect(await secretary.getByTestId('search-status').textContent()).toBe(
      '1 möte med träffar för ”handlingsplaner”.',
    );
    expect(await secretary.getByRole('search', { name: 'Sök i protokollen' }).count()).toBe(1);
    await expectAccessible(secretary, 'search page with a hit');
    await screenshotFromTop(secretary, 'series-10-search');

    await search(secretary, 'Storgatan');
    // The index follows each meeting's extraction, a second or so behind the typing: ask again
    // until it has caught up.
    await expect
      .poll(
        async () => {
          await secretary.reload();
          await secretary.getByTestId('search-status').waitFor();
          const links = hits.getByTestId('search-hit-link');
          return [
            await links.allTextContents(),
            await links.evaluateAll((all) => all.map((a) => a.getAttribute('href'))),
          ];
        },
        { timeout: 15_000 },
      )
      .toEqual([[`${SERIES}, oktober`], [`/meetings/${m2}`]]);

    await search(secretary, 'zyxwvutsr');
    await expect
      .poll(() => secretary.getByTestId('search-status').textContent())
      .toBe('Inga träffar för ”zyxwvutsr”.');
    expect(await hits.count()).toBe(0);

    await search(secretary, 'a');
    await expect
      .poll(() => secretary.getByTestId('search-error').textContent())
      .toBe('Skriv minst 2 tecken för att söka.');
    expect(await hits.count()).toBe(0);
    await expectAccessible(secretary, 'search page, too short');
    await screenshotFromTop(secretary, 'series-11-search-too-short');
  });

  it('shows Lina her task under Mina uppgifter, and nothing of meetings she has no role in', async () => {
    const lina = await suite.person();
    const person: Person = await suite.signIn(lina, 'Lina Larsson');
    const granted = await suite.server.owner.fetch(`/api/meetings/${m1}/members/${person.id}`, {
      method: 'PUT',
      json: { role: 'participant' },
    });
    expect(granted.status).toBe(200);
    await lina.goto(suite.server.url);
    await lina
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Mina uppgifter' })
      .click();
    await expect.poll(() => lina.locator('h1').textContent()).toBe('Mina uppgifter');
    await expect
      .poll(() => lina.getByTestId('task-tracker-status').textContent())
      .toBe('Inga uppgifter passar filtret.');
    await filterTasks(lina, 'all');
    // Her task of meeting 2 (where she has no role) is not hers to see.
    await expect.poll(() => taskRows(lina).count()).toBe(1);
    const row = taskRows(lina).first();
    expect(await row.getByTestId('task-text').textContent()).toBe(TASK);
    expect(await row.getAttribute('data-status')).toBe('done');
    expect(await lina.getByTestId('my-tasks').textContent()).not.toContain(TASK_2);

    const feed = lina.getByTestId('task-feed-url');
    const before = await feed.inputValue();
    expect(before).toMatch(new RegExp(`^${suite.server.url}/feeds/[\\w-]+/tasks\\.ics$`));
    expect(await lina.getByTestId('task-calendar').textContent()).toContain('Håll den för dig själv');
    await expectAccessible(lina, 'Mina uppgifter');
    await screenshotFromTop(lina, 'series-12-my-tasks');
    await lina.getByTestId('feeds-renew').click();
    await expectAccessible(lina, 'Mina uppgifter, asked to renew the addresses');
    await lina.getByTestId('feeds-renew-confirm').click();
    await expect
      .poll(() => lina.getByTestId('feeds-status').textContent())
      .toBe('Nya adresser är skapade. De gamla fungerar inte längre.');
    const after = await feed.inputValue();
    expect(after).not.toBe(before);
    expect((await fetch(before)).status).toBe(404);
    expect((await fetch(after)).status).toBe(200);

    // The series shows her only meeting 1; search finds nothing of meeting 2.
    await lina.goto(`${suite.server.url}/series/${seriesId}`);
    const meetings = lina.getByTestId('series-meetings').locator('.meeting-list__item');
    await expect.poll(() => meetings.count()).toBe(1);
    expect(await meetings.textContent()).toContain('Din roll: Deltagare');
    expect(await lina.getByTestId('next-meeting-form').count()).toBe(0);
    await search(lina, 'Storgatan');
    await expect
      .poll(() => lina.getByTestId('search-status').textContent())
      .toBe('Inga träffar för ”Storgatan”.');
    await search(lina, 'handlingsplaner');
    await expect.poll(() => lina.getByTestId('search-hit').count()).toBe(1);
  });

  it('gives a reader of the series the published minutes only: no draft in tracker, register or search', async () => {
    const page = await suite.person();
    const rut = await suite.signIn(page, 'Rut Berg');
    const granted = await suite.server.owner.fetch(`/api/series/${seriesId}/members/${rut.id}`, {
      method: 'PUT',
      json: { role: 'reader' },
    });
    expect(granted.status).toBe(200);
    await page.goto(`${suite.server.url}/series/${seriesId}`);
    await expect
      .poll(() => page.getByTestId('series-meetings').locator('.meeting-list__item').count())
      .toBe(4);
    expect(await page.getByTestId('next-meeting-form').count()).toBe(0);

    await openTab(page, 'tasks');
    // Meeting 1's task is done, and the others' drafts are not for readers.
    await expect
      .poll(() => page.getByTestId('task-tracker-status').textContent())
      .toBe('Inga uppgifter passar filtret.');
    await filterTasks(page, 'all');
    await expect.poll(() => taskRows(page).allTextContents()).toEqual([expect.stringContaining(TASK)]);
    // A reader cannot set the status; it is shown in words.
    expect(await taskRows(page).getByRole('checkbox').count()).toBe(0);
    expect(await taskRows(page).getByTestId('task-status').textContent()).toBe('Klar');
    expect(await taskRows(page).getByTestId('task-link').getAttribute('href')).toBe(
      `/versions/${m1}/1#uppgift-${taskId}`,
    );
    await expectAccessible(page, 'series page, Uppgifter, as a reader');
    // On a phone the table scrolls in its own region; the page does not get wider.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'series page, Uppgifter, on a phone');
    await screenshotFromTop(page, 'series-14-reader-tasks-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await openTab(page, 'decisions');
    const rows = page.getByTestId('decision-row');
    await expect.poll(() => rows.getByTestId('decision-text').allTextContents()).toEqual([DECISION]);
    expect(await rows.getByTestId('decision-link').getAttribute('href')).toBe(
      `/versions/${m1}/1#beslut-${decisionId}`,
    );
    expect(await page.getByTestId('decision-register').textContent()).not.toContain(DECISION_2);
    await screenshotFromTop(page, 'series-13-reader-register');

    await search(page, 'Storgatan');
    await expect
      .poll(() => page.getByTestId('search-status').textContent())
      .toBe('Inga träffar för ”Storgatan”.');
    await search(page, 'handlingsplaner');
    const hit = page.getByTestId('search-hit');
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.textContent()).toContain('Publicerad version');
    expect(await hit.getByTestId('search-hit-link').getAttribute('href')).toBe(`/versions/${m1}/1`);
    await expectAccessible(page, 'search page as a reader');
  });
});
