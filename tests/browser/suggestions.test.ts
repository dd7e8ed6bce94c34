import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/browser.js';
import {
  browserSuite,
  screenshotFromTop,
  textWithoutCarets,
  waitForEditor,
} from '../support/browserSuite.js';

const suite = browserSuite();
const { person, minutesFromServer } = suite;

const TASK = 'Lina och Osman tar fram ett förslag till den 13 mars.';
const DECISION = 'Det beslutas att tidsplanen publiceras.';
const INFORMATION = 'Processledarna informerade om läget.';
const LATER_TASK = 'Osman får i uppdrag att boka lokal till den 20 mars.';

/** The paragraph of the document with this text (the widget after it is not part of its text). */
const paragraph = (page: Page, text: string) =>
  page.locator('[data-testid="editor"] p').filter({ hasText: text });
const suggestionOf = (page: Page, text: string): Locator =>
  paragraph(page, text).getByTestId('live-suggestion');

/** The text of the paragraph at the caret, without the widget. */
function caretParagraphText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const node = window.getSelection()?.anchorNode;
    const block = (node instanceof Element ? node : node?.parentElement)?.closest('p');
    if (!block) return '';
    const copy = block.cloneNode(true) as HTMLElement;
    for (const widget of copy.querySelectorAll('.live-suggestion, .collaboration-carets__caret'))
      widget.remove();
    return copy.textContent ?? '';
  });
}

/**
 * On `page`, the text of the paragraph that holds `name`'s caret. The others see a caret where the
 * writer's editor has put it, so this tells when a click or an arrow key has reached the editor.
 */
function caretSeenBy(page: Page, name: string): Promise<string | null> {
  return page.evaluate((writer) => {
    const label = [...document.querySelectorAll('.collaboration-carets__label')].find(
      (element) => element.textContent === writer,
    );
    const block = label?.closest('p');
    if (!block) return null;
    const copy = block.cloneNode(true) as HTMLElement;
    for (const widget of copy.querySelectorAll('.live-suggestion, .collaboration-carets__caret'))
      widget.remove();
    return copy.textContent ?? '';
  }, name);
}

describe('live suggestions while two people write', () => {
  let meetingId: string;
  let meetingUrl: string;
  let lina: Page;
  let osman: Page;

  it('opens a meeting for two with an attendee list', async () => {
    ({ id: meetingId, url: meetingUrl } = await suite.createMeeting('Styrgruppsmöte', '2026-02-24'));
    lina = await person();
    osman = await person();
    await suite.joinMeeting(lina, meetingUrl, 'Lina Larsson');
    await suite.joinMeeting(osman, meetingUrl, 'Osman Aytar');

    const list = lina.locator('.attendee-list');
    for (const [index, name] of ['Lina Larsson', 'Osman Aytar'].entries()) {
      await list.getByRole('button', { name: 'Lägg till deltagare' }).click();
      const field = list.locator('li').nth(index).getByLabel('Namn');
      await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
      await lina.keyboard.type(name);
    }
    await expect
      .poll(() =>
        osman
          .locator('.attendee-list .attendee__name input')
          .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
      )
      .toEqual(['Lina Larsson', 'Osman Aytar']);
  });

  it('offers "Gör till uppgift?" once the writer leaves the paragraph, to both', async () => {
    await lina.locator('.agenda-item .agenda-item__content p').first().click();
    await lina.keyboard.type(TASK);
    // Still writing it: nothing is offered yet.
    expect(await suggestionOf(lina, TASK).count()).toBe(0);
    await lina.keyboard.press('Enter');

    for (const page of [lina, osman]) {
      const offer = suggestionOf(page, TASK).getByRole('button', { name: /^Gör till uppgift\?/ });
      await offer.waitFor();
      await expect.poll(() => offer.textContent()).toContain('Lina');
      await expect.poll(() => offer.textContent()).toContain('13 mars 2026');
      expect(
        await suggestionOf(page, TASK)
          .getByRole('button', { name: /^Avfärda förslaget/ })
          .isVisible(),
      ).toBe(true);
    }
    // The offer sits outside the document's text (the server's task text below has none of it).
    expect(await lina.locator('.live-suggestion').getAttribute('contenteditable')).toBe('false');
    // The writer's screen reader hears of it, politely.
    await expect
      .poll(() => lina.getByTestId('suggestion-announcement').textContent())
      .toContain('kan bli en uppgift');
    expect(await osman.getByTestId('suggestion-announcement').textContent()).toBe('');

    await expectAccessible(lina, 'meeting page with a suggestion');
    await expectAccessible(osman, 'meeting page with a suggestion, as the other writer');
    await screenshotFromTop(lina, 'suggestions-01-task-offered');
    await screenshotFromTop(osman, 'suggestions-02-task-offered-other');
  });

  it('accepts it from the keyboard: Tab from the paragraph reaches the offer, Enter turns it into a task', async () => {
    await lina.keyboard.press('ArrowUp');
    await expect.poll(() => caretSeenBy(osman, 'Lina Larsson')).toBe(TASK);
    await lina.keyboard.press('Tab');
    await expect
      .poll(() => lina.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/^Gör till uppgift\?/);
    await screenshotFromTop(lina, 'suggestions-03-offer-focused');
    await lina.keyboard.press('Enter');

    for (const page of [lina, osman]) {
      const task = page.locator('.action-item').filter({ hasText: 'tar fram ett förslag' });
      await task.waitFor();
      await expect.poll(() => textWithoutCarets(task.locator('.action-item__text'))).toBe(TASK);
      await expect.poll(() => task.locator('.chip__name').allTextContents()).toEqual(['Lina', 'Osman']);
      expect(await task.locator('.due').getByLabel('Datum').inputValue()).toBe('2026-03-13');
      expect(await page.locator('.live-suggestion').count()).toBe(0);
    }
    // Focus is back in the text, at the end of the new task.
    await expect.poll(() => caretParagraphText(lina)).toBe(TASK);

    await expect
      .poll(async () => (await minutesFromServer(meetingId)).actions.map((action) => action.text), {
        timeout: 15_000,
      })
      .toEqual([TASK]);
    const [action] = (await minutesFromServer(meetingId)).actions;
    expect(action).toMatchObject({ due: '2026-03-13', agendaItemTitle: 'Mötets öppnande' });
    expect(action?.assignees.map((name) => name.split(' ')[0])).toEqual(['Lina', 'Osman']);
  });

  it('offers "Gör till beslut?" for a decision and nothing for plain information', async () => {
    // The empty paragraph that Enter made after the task.
    await lina.locator('.agenda-item__content p').filter({ hasText: /^$/ }).last().click();
    await expect.poll(() => caretParagraphText(lina)).toBe('');
    await lina.keyboard.type(INFORMATION);
    await lina.keyboard.press('Enter');
    await lina.keyboard.type(DECISION);
    await lina.keyboard.press('Enter');

    for (const page of [lina, osman]) {
      await suggestionOf(page, DECISION)
        .getByRole('button', { name: 'Gör till beslut?', exact: true })
        .waitFor();
      // Read in the same pass or before: the information paragraph has no offer.
      expect(await paragraph(page, INFORMATION).count()).toBe(1);
      expect(await suggestionOf(page, INFORMATION).count()).toBe(0);
    }
    await screenshotFromTop(osman, 'suggestions-04-decision-offered');
  });

  it('a dismissal by the other person removes it for both, and it stays away after a reload', async () => {
    // From the paragraph, Tab reaches the offer and Escape comes back to the text.
    await paragraph(osman, DECISION).click({ position: { x: 4, y: 8 } });
    await expect.poll(() => caretSeenBy(lina, 'Osman Aytar')).toBe(DECISION);
    await osman.keyboard.press('Tab');
    await expect
      .poll(() => osman.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Gör till beslut?');
    await osman.keyboard.press('Escape');
    await expect.poll(() => caretParagraphText(osman)).toBe(DECISION);
    await expect
      .poll(() => osman.evaluate(() => document.activeElement?.classList.contains('ProseMirror')))
      .toBe(true);

    await suggestionOf(osman, DECISION)
      .getByRole('button', { name: /^Avfärda förslaget/ })
      .click();
    for (const page of [osman, lina]) {
      await expect.poll(() => suggestionOf(page, DECISION).count()).toBe(0);
      expect(await paragraph(page, DECISION).count()).toBe(1);
    }
    // Dismissing puts Osman's caret back at the end of that paragraph.
    await expect.poll(() => caretParagraphText(osman)).toBe(DECISION);

    // A later paragraph that is offered tells us when the reloaded page has read the document.
    await lina.keyboard.type(LATER_TASK);
    await lina.keyboard.press('Enter');
    await suggestionOf(osman, LATER_TASK).waitFor();

    await osman.reload();
    await waitForEditor(osman);
    await suggestionOf(osman, LATER_TASK)
      .getByRole('button', { name: /^Gör till uppgift\?/ })
      .waitFor();
    expect(await paragraph(osman, DECISION).count()).toBe(1);
    expect(await suggestionOf(osman, DECISION).count()).toBe(0);
    expect(await suggestionOf(lina, DECISION).count()).toBe(0);
    await screenshotFromTop(osman, 'suggestions-05-after-reload');
  });

  it('Ctrl+Alt+Enter in a paragraph accepts its offer; in English the offer speaks English', async () => {
    await osman.getByTestId('language-switch').click();
    const offer = suggestionOf(osman, LATER_TASK).getByRole('button', { name: /^Make it a task\?/ });
    await offer.waitFor();
    await expectAccessible(osman, 'meeting page with a suggestion, in English');
    await screenshotFromTop(osman, 'suggestions-06-english');

    // At the start of its text, away from the offer's buttons after it.
    await paragraph(osman, LATER_TASK).click({ position: { x: 4, y: 8 } });
    await expect.poll(() => caretSeenBy(lina, 'Osman Aytar')).toBe(LATER_TASK);
    await osman.keyboard.press('Control+Alt+Enter');
    for (const page of [osman, lina]) {
      const task = page.locator('.action-item').filter({ hasText: 'boka lokal' });
      await task.waitFor();
      await expect.poll(() => task.locator('.chip__name').allTextContents()).toEqual(['Osman']);
      expect(
        await task
          .locator('.due')
          .getByLabel(/Datum|Date/)
          .inputValue(),
      ).toBe('2026-03-20');
    }
    await expect
      .poll(async () => (await minutesFromServer(meetingId)).actions.length, { timeout: 15_000 })
      .toBe(2);
    expect((await minutesFromServer(meetingId)).decisions).toEqual([]);
    await osman.getByTestId('language-switch').click();
  });

  it('offers it in a bullet list too; accepting with the mouse lifts it out as a decision', async () => {
    const bullet = 'Det beslutades att mötet flyttas.';
    await lina.keyboard.type(`- ${bullet}`);
    await lina.keyboard.press('Enter');
    await lina.keyboard.press('Enter');
    const offer = suggestionOf(lina, bullet).getByRole('button', { name: 'Gör till beslut?', exact: true });
    await offer.waitFor();
    expect(await lina.locator('[data-testid="editor"] li').filter({ hasText: bullet }).count()).toBe(1);
    await offer.click();
    for (const page of [lina, osman]) {
      await expect.poll(() => page.locator('.decision').filter({ hasText: bullet }).count()).toBe(1);
      expect(await page.locator('[data-testid="editor"] li').filter({ hasText: bullet }).count()).toBe(0);
    }
    await expect
      .poll(async () => (await minutesFromServer(meetingId)).decisions.map((decision) => decision.text), {
        timeout: 15_000,
      })
      .toEqual([bullet]);
    await screenshotFromTop(lina, 'suggestions-07-list-decision');
  });
});
