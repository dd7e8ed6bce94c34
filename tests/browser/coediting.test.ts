import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from '../support/browser.js';
import { browserSuite, editorText, firstNotes } from '../support/browserSuite.js';

const suite = browserSuite();

/** A person in their own browser, with their browser context for going offline. */
async function person() {
  const page = await suite.person({ width: 1200, height: 800 });
  // Both were given the same colour; the one who joins later must show another.
  await page.addInitScript(() => {
    if (!localStorage.getItem('minutes.color')) localStorage.setItem('minutes.color', '#b3261e');
  });
  return { context: page.context(), page };
}

/** Signs up through the sign-up page, as a new user does on their first visit. */
async function signUpThroughPage(page: Page, name: string): Promise<void> {
  await page.getByTestId('signup-name').fill(name);
  await page.getByTestId('signup-email').fill(`${name.split(' ')[0]?.toLowerCase()}@example.org`);
  await page.getByTestId('signup-password').fill('ett långt lösenord');
  await page.getByTestId('signup-submit').click();
}

describe('two people write the minutes of one meeting together', () => {
  let meetingUrl: string;
  let lina: Awaited<ReturnType<typeof person>>;
  let osman: Awaited<ReturnType<typeof person>>;

  it('signs up, then creates a meeting from the start page', async () => {
    lina = await person();
    await lina.page.goto(suite.server.url);
    // Not signed in: the start page sends her to sign in, and from there to create an account.
    await lina.page.waitForURL(/\/signin/);
    await lina.page.getByTestId('signin-email').waitFor();
    await expectAccessible(lina.page, 'sign-in page');
    await lina.page.getByRole('link', { name: 'Skapa konto' }).click();
    await lina.page.getByTestId('signup-name').waitFor();
    await expectAccessible(lina.page, 'sign-up page');
    await signUpThroughPage(lina.page, 'Lina Larsson');
    await lina.page.getByTestId('new-meeting-title').waitFor();
    expect(await lina.page.getByTestId('account-name').textContent()).toContain('Lina Larsson');
    await expectAccessible(lina.page, 'start page');
    await lina.page.getByTestId('new-meeting-title').fill('Styrgruppsmöte');
    await lina.page.getByTestId('new-meeting-date').fill('2026-02-24');
    await lina.page.getByTestId('create-meeting').click();
    await lina.page.waitForURL(/\/meetings\/[A-Za-z0-9_-]{22}$/);
    meetingUrl = lina.page.url();
    await lina.page.locator('[data-testid="editor"] .ProseMirror').waitFor();
    await expect
      .poll(() => lina.page.locator('.meeting-header').getByLabel('Titel').inputValue())
      .toBe('Styrgruppsmöte');
    await expect
      .poll(() => lina.page.getByTestId('connection-status').getAttribute('data-state'))
      .toBe('connected');
    await expectAccessible(lina.page, 'meeting page');
    await screenshot(lina.page, '01-new-meeting');
  });

  it('shows what one types to the other, with the writer’s caret and name', async () => {
    osman = await person();
    await suite.joinMeeting(osman.page, meetingUrl, 'Osman Aytar');

    await firstNotes(lina.page).click();
    await lina.page.keyboard.type('Processledarna informerade om läget.');
    await expect.poll(() => editorText(osman.page)).toContain('Processledarna informerade om läget.');

    const caretLabel = osman.page.locator('.collaboration-carets__label', { hasText: 'Lina Larsson' });
    await caretLabel.waitFor();
    expect(await caretLabel.isVisible()).toBe(true);
    for (const page of [lina.page, osman.page]) {
      await expect
        .poll(() => page.getByTestId('presence-list').textContent())
        .toMatch(/Lina Larsson.*Osman Aytar|Osman Aytar.*Lina Larsson/);
    }
    await expect.poll(() => lina.page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    for (const page of [lina.page, osman.page]) {
      await expect
        .poll(async () => {
          const colours = await page
            .getByTestId('presence-list')
            .locator('.presence__swatch')
            .evaluateAll((swatches) => swatches.map((swatch) => getComputedStyle(swatch).backgroundColor));
          return colours.length === 2 && new Set(colours).size === 2;
        })
        .toBe(true);
    }
    await expectAccessible(osman.page, 'meeting page with a remote caret');
    await screenshot(lina.page, '02-writer');
    await screenshot(osman.page, '03-reader-sees-text-caret-and-name');
  });

  it('keeps the text across a reload', async () => {
    await osman.page.reload();
    await osman.page.locator('[data-testid="editor"] .ProseMirror').waitFor();
    await expect.poll(() => editorText(osman.page)).toContain('Processledarna informerade om läget.');
  });

  it('merges what was typed offline once back online, even across a reload', async () => {
    await osman.context.setOffline(true);
    await expect
      .poll(() => osman.page.getByTestId('connection-status').getAttribute('data-state'))
      .toBe('offline');
    await firstNotes(osman.page).click();
    await osman.page.keyboard.press('End');
    await osman.page.keyboard.press('Enter');
    await osman.page.keyboard.type('Skrivet utan nät.');
    await expect.poll(() => osman.page.getByTestId('save-status').getAttribute('data-state')).toBe('unsaved');

    // Meanwhile Lina keeps writing online.
    await firstNotes(lina.page).click();
    await lina.page.keyboard.press('End');
    await lina.page.keyboard.press('Enter');
    await lina.page.keyboard.type('Skrivet med nät.');
    await screenshot(osman.page, '04-offline');
    expect(await editorText(lina.page)).not.toContain('Skrivet utan nät.');

    // The offline edit lives only in Osman's browser storage; a reload must not lose it.
    await osman.context.setOffline(false);
    await osman.page.reload();
    await osman.page.locator('[data-testid="editor"] .ProseMirror').waitFor();
    for (const page of [lina.page, osman.page]) {
      await expect.poll(() => editorText(page)).toContain('Skrivet utan nät.');
      await expect.poll(() => editorText(page)).toContain('Skrivet med nät.');
    }
    await expect.poll(() => osman.page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    expect(await editorText(lina.page)).toBe(await editorText(osman.page));
    await screenshot(lina.page, '05-merged-after-reconnect');
  });

  it('switches the interface to English and back', async () => {
    const before = await lina.page.locator('h1, h2').allTextContents();
    await lina.page.getByTestId('language-switch').click();
    await expect.poll(() => lina.page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => lina.page.getByTestId('connection-status').textContent()).toMatch(/Connected/i);
    await expectAccessible(lina.page, 'meeting page in English');
    await screenshot(lina.page, '06-english');
    await lina.page.getByTestId('language-switch').click();
    await expect.poll(() => lina.page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await lina.page.locator('h1, h2').allTextContents()).toEqual(before);
  });

  it('says so when a meeting does not exist', async () => {
    const { page } = await person();
    await suite.signIn(page, 'Kim Berg');
    await page.goto(`${suite.server.url}/meetings/AAAAAAAAAAAAAAAAAAAAAA`);
    await page.getByTestId('not-found').waitFor();
    await expectAccessible(page, 'not found page');
  });
});
