import type { JSONContent } from '@tiptap/core';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from '../support/browser.js';
import {
  browserSuite,
  screenshotFromTop,
  textWithoutCarets,
  waitForEditor,
} from '../support/browserSuite.js';

const suite = browserSuite();

const MASK = '█████';
const PHONE = '070-123 45 67';
const DECISION = 'Mötet godkänner budgeten för 2027.';
const CONTACT = `Kontaktperson: Kim Ek, telefon ${PHONE}.`;
const AFTER_REOPENING = 'Tillägg efter publiceringen: lokalen bokas om.';

const editor = (page: Page) => page.locator('[data-testid="editor"] .ProseMirror');
/** The paragraph the participant takes notes in: the template's first agenda item has it, empty. */
const notes = (page: Page) => page.locator('.agenda-item__content p').first();
const contact = (page: Page) => page.locator('.agenda-item__content p', { hasText: 'Kontaktperson:' });
const decisionText = (page: Page) => page.locator('.decision .decision__text');
const version = (page: Page, number: number) => page.getByTestId(`version-${number}`);

async function openTab(page: Page, tab: 'draft' | 'protocol' | 'members'): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await expect.poll(() => page.getByTestId(`tab-${tab}`).getAttribute('aria-selected')).toBe('true');
}

/** The secretary of meetings made by `createMeeting`, in a browser of their own, on the meeting. */
async function secretaryOn(url: string): Promise<Page> {
  const page = await suite.person();
  await suite.signIn(page, suite.server.owner);
  await page.goto(url);
  await waitForEditor(page);
  return page;
}

/**
 * Types word after word at the caret until stopped. After each word it notes the paragraph's text
 * if the page says that everything typed has reached the server.
 */
function keepTyping(page: Page, paragraph: Locator) {
  const progress = { words: 0, acknowledged: '' };
  let running = true;
  const done = (async () => {
    while (running) {
      progress.words++;
      await page.keyboard.type(` ord${progress.words}`);
      const saved = await savedText(paragraph);
      if (saved !== null) progress.acknowledged = saved;
    }
  })();
  return {
    progress,
    async stop() {
      running = false;
      await done;
    },
  };
}

/** The paragraph's text if the page shows it as saved, once React has rendered the latest state. */
function savedText(paragraph: Locator): Promise<string | null> {
  return paragraph.evaluate(async (element) => {
    const text = () => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
      return copy.textContent ?? '';
    };
    const before = text();
    // Two frames and a little more: React has rendered the save status of the last keystroke.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const state = document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state');
    return state === 'saved' && text() === before ? before : null;
  });
}

/**
 * Clicks just after the last character of `paragraph` and waits until the caret is there; with
 * `seenBy`, also until that page shows `name`'s caret there, as keys such as Enter pressed before
 * the editor has read a caret move would act on the old one.
 */
async function clickAtEnd(paragraph: Locator, seenBy?: { page: Page; name: string }): Promise<void> {
  await paragraph.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const point = await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] as DOMRect;
    return { x: last.right - 1, y: last.top + last.height / 2 };
  });
  await paragraph.page().mouse.click(point.x, point.y);
  await expect
    .poll(() =>
      paragraph.evaluate((element) => {
        const selection = window.getSelection();
        if (!selection?.focusNode || !element.contains(selection.focusNode)) return null;
        const after = document.createRange();
        after.setStart(selection.focusNode, selection.focusOffset);
        after.setEnd(element, element.childNodes.length);
        const rest = after.cloneContents();
        for (const caret of rest.querySelectorAll('.collaboration-carets__caret')) caret.remove();
        return rest.textContent;
      }),
    )
    .toBe('');
  if (seenBy) {
    const text = await textWithoutCarets(paragraph);
    await expect.poll(() => caretOf(seenBy.page, seenBy.name)).toEqual({ before: text, after: '' });
  }
}

/** On `page`, the text of the block that holds `name`'s caret, before and after it. */
function caretOf(page: Page, name: string): Promise<{ before: string; after: string } | null> {
  return page.evaluate((writer) => {
    const label = [...document.querySelectorAll('.collaboration-carets__label')].find(
      (element) => element.textContent === writer,
    );
    const caret = label?.parentElement;
    const block = caret?.closest('p, h2');
    if (!caret || !block) return null;
    const textOf = (range: Range) => {
      const part = range.cloneContents();
      for (const other of part.querySelectorAll('.collaboration-carets__caret')) other.remove();
      return part.textContent ?? '';
    };
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEndBefore(caret);
    const after = document.createRange();
    after.setStartAfter(caret);
    after.setEnd(block, block.childNodes.length);
    return { before: textOf(before), after: textOf(after) };
  }, name);
}

/** The text of every paragraph of a ProseMirror document, in order. */
function paragraphTexts(node: JSONContent): string[] {
  const textOf = (inner: JSONContent): string => inner.text ?? (inner.content ?? []).map(textOf).join('');
  if (node.type === 'paragraph') return [textOf(node)];
  return (node.content ?? []).flatMap(paragraphTexts);
}

async function storedVersion(meetingId: string, number: number) {
  const response = await suite.server.owner.fetch(`/api/meetings/${meetingId}/versions/${number}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { number: number; document: JSONContent };
}

/** All the text in the page's body, hidden parts included. */
const bodyText = async (page: Page) => (await page.locator('body').textContent()) ?? '';

describe('finalising, justering, publishing and sharing the minutes', () => {
  let meetingId: string;
  let meetingUrl: string;
  let secretary: Page;
  let lina: Page;
  let osman: Page;
  let shareUrl: string;

  it('locks every open editor when the secretary finalises, with all the text the server had in version 1', async () => {
    ({ id: meetingId, url: meetingUrl } = await suite.createMeeting('Styrgruppsmöte', '2026-02-24'));
    secretary = await secretaryOn(meetingUrl);
    lina = await suite.person();
    await suite.joinMeeting(lina, meetingUrl, 'Lina Larsson');

    await openTab(secretary, 'protocol');
    expect(await secretary.getByTestId('protocol-status').textContent()).toBe(
      'Status: utkast. Protokollet skrivs fortfarande.',
    );
    expect(await secretary.getByTestId('versions-empty').isVisible()).toBe(true);
    await expectAccessible(secretary, 'Protokoll tab of a draft');

    await notes(lina).click();
    await lina.keyboard.type('Anteckning:');
    const typist = keepTyping(lina, notes(lina));
    try {
      // Some of Lina's words have reached the server before the secretary finalises.
      await expect.poll(() => typist.progress.acknowledged).toMatch(/ord3\b/);
      await secretary.getByTestId('finalise').click();
      await secretary.getByTestId('finalise-confirm').click();
      await expect.poll(() => editor(lina).getAttribute('contenteditable')).toBe('false');
    } finally {
      await typist.stop();
    }

    const banner = lina.getByTestId('access-banner');
    await expect.poll(() => banner.textContent()).toContain('Protokollet är fastställt och låst.');
    expect(await banner.locator('.banner--finalised').isVisible()).toBe(true);
    expect(await lina.getByTestId('insert-agendaItem').isDisabled()).toBe(true);
    expect(await lina.locator('.meeting-header').getByLabel('Serie').isDisabled()).toBe(true);
    // Keys still on their way when the lock came were refused; the page drops them and settles on
    // what the server stored, saying so when something was dropped.
    await expect.poll(() => lina.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => editor(lina).getAttribute('contenteditable')).toBe('false');
    const shownAtLock = await textWithoutCarets(notes(lina));
    expect(shownAtLock).toMatch(/^Anteckning: ord1 ord2 ord3 /);
    // Further typing changes nothing.
    await notes(lina).click();
    await lina.keyboard.type(' efter låsningen');
    await lina.keyboard.press('Enter');
    expect(await textWithoutCarets(notes(lina))).toBe(shownAtLock);

    // The secretary's own editor is locked too, and the Protokoll tab shows version 1.
    await expect.poll(() => editor(secretary).getAttribute('contenteditable')).toBe('false');
    await expect
      .poll(() => secretary.getByTestId('protocol-status').textContent())
      .toBe('Status: fastställt. Utkastet är låst.');
    await version(secretary, 1).waitFor();
    expect(await version(secretary, 1).textContent()).toContain('Fastställd');
    for (const page of [secretary, lina]) {
      await expect
        .poll(() => page.getByTestId('meeting-status').getAttribute('data-status'))
        .toBe('finalised');
    }
    await expectAccessible(secretary, 'Protokoll tab with version 1');
    await expectAccessible(lina, 'locked draft with the banner');
    await screenshotFromTop(lina, 'finalise-01-participant-locked');
    await screenshotFromTop(secretary, 'finalise-02-secretary-version-1');

    const stored = await storedVersion(meetingId, 1);
    const storedNotes = paragraphTexts(stored.document).filter((text) => text.startsWith('Anteckning:'));
    expect(storedNotes).toHaveLength(1);
    // Everything the page had seen saved is in the version, and the version is what the page shows.
    // (Compared as strings, so that a failure shows both texts.)
    expect(storedNotes[0]?.slice(0, typist.progress.acknowledged.length)).toBe(typist.progress.acknowledged);
    expect(storedNotes[0]).toBe(shownAtLock);
    expect(JSON.stringify(stored.document)).not.toContain('efter låsningen');
  });

  it('lets a verifier verify one decision at once after a reopen; it is locked for everyone', async () => {
    await secretary.getByTestId('reopen').click();
    for (const page of [lina, secretary]) {
      await expect.poll(() => editor(page).getAttribute('contenteditable')).toBe('true');
    }
    await expect
      .poll(() => lina.getByTestId('access-banner').textContent())
      .toBe('Protokollet är öppnat igen. Du kan skriva i utkastet.');
    await expect
      .poll(() => secretary.getByTestId('protocol-status').textContent())
      .toBe('Status: utkast. Protokollet skrivs fortfarande.');

    osman = await suite.person();
    await suite.joinMeeting(osman, meetingUrl, 'Osman Aytar', 'verifier');

    // Lina goes on with her notes; everyone's pages agree on them again.
    await clickAtEnd(notes(lina));
    await lina.keyboard.type(' och mer.');
    const linaNotes = await textWithoutCarets(notes(lina));
    expect(linaNotes).toMatch(/ och mer\.$/);
    for (const page of [osman, secretary]) {
      await expect.poll(() => textWithoutCarets(notes(page))).toBe(linaNotes);
    }
    await lina.keyboard.press('Enter');
    await lina.keyboard.type(`Beslut: ${DECISION}`);
    await expect.poll(() => textWithoutCarets(decisionText(lina))).toBe(DECISION);
    await lina.keyboard.press('Enter');
    await lina.keyboard.type(CONTACT);
    await expect.poll(() => textWithoutCarets(decisionText(osman))).toBe(DECISION);
    await expect.poll(() => contact(osman).count()).toBe(1);

    await osman.locator('.decision').getByTestId('decision-verify').click();
    await osman.getByTestId('decision-verify-confirm').click();
    // The secretary's editor is on the Draft tab, hidden behind the Protokoll tab.
    for (const page of [lina, osman, secretary]) {
      const badge = page.locator('.decision').getByTestId('decision-verified');
      await expect
        .poll(() => badge.textContent(), { timeout: 5_000 })
        .toContain('Omedelbart justerad av Osman Aytar');
      expect(await badge.isVisible()).toBe(page !== secretary);
      expect(await page.locator('.decision').getByTestId('decision-verify').count()).toBe(0);
    }
    await expect
      .poll(() => lina.getByTestId('verification-announcement').textContent())
      .toBe(`Beslutet ”${DECISION}” är omedelbart justerat av Osman Aytar.`);

    // Lina tries to change the decision: nothing changes, here or for the others, and she is told why.
    await decisionText(lina).click();
    await expect
      .poll(async () => {
        const caret = await caretOf(osman, 'Lina Larsson');
        return caret && caret.before + caret.after;
      })
      .toBe(DECISION);
    await lina.keyboard.type(' Ändrat');
    await lina.keyboard.press('Backspace');
    expect(await textWithoutCarets(decisionText(lina))).toBe(DECISION);
    await expect
      .poll(() => lina.getByTestId('verification-announcement').textContent())
      .toBe('Beslutet är omedelbart justerat och kan inte ändras.');
    // The rest of the document stays open: the contact line still takes text, and arrives.
    await clickAtEnd(contact(lina), { page: osman, name: 'Lina Larsson' });
    await lina.keyboard.type(' Ny rad.');
    await expect.poll(() => textWithoutCarets(contact(osman))).toBe(`${CONTACT} Ny rad.`);
    expect(await textWithoutCarets(decisionText(osman))).toBe(DECISION);
    await expect.poll(() => secretary.getByTestId('verified-decisions').textContent()).toContain(DECISION);
    await screenshotFromTop(lina, 'finalise-03-verified-decision');
  });

  it('shows "Justerad" to the secretary once the verifier, after asking for a change, approves version 2', async () => {
    await secretary.getByTestId('finalise').click();
    await secretary.getByTestId('finalise-confirm').click();
    await version(secretary, 2).waitFor();
    await expect.poll(() => editor(osman).getAttribute('contenteditable')).toBe('false');

    await openTab(osman, 'protocol');
    const form = version(osman, 2).getByTestId('approval-form');
    await form.waitFor();
    await expectAccessible(osman, 'Protokoll tab of a verifier');
    await form.getByTestId('request-change').click();
    await form.getByTestId('change-comment').fill('Skriv ut kontaktpersonens hela namn.');
    await form.getByTestId('change-passage').fill('Kontaktperson: Kim Ek');
    await form.getByTestId('send-change').click();
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toBe('Din begäran om ändring är skickad.');

    const approvals = secretary.getByTestId('version-2-approvals');
    await expect.poll(() => approvals.textContent()).toContain('Osman Aytar begärde ändring');
    expect(await approvals.textContent()).toContain('Skriv ut kontaktpersonens hela namn.');
    expect(await approvals.locator('.approval__passage q').textContent()).toBe('Kontaktperson: Kim Ek');
    expect(await approvals.textContent()).toContain('Väntar på: Osman Aytar');
    expect(await secretary.getByTestId('version-2-verified').count()).toBe(0);
    await expect
      .poll(() => secretary.getByTestId('approval-announcement').textContent())
      .toBe('Osman Aytar har begärt en ändring i version 2.');

    await form.getByTestId('approve').click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Du har godkänt versionen.');
    await expect.poll(() => secretary.getByTestId('version-2-verified').textContent()).toBe('Justerad');
    expect(await approvals.textContent()).toContain('Osman Aytar godkände');
    expect(await approvals.textContent()).not.toContain('Väntar på');
    await expect
      .poll(() => secretary.getByTestId('approval-announcement').textContent())
      .toBe('Osman Aytar har godkänt version 2.');
    // Version 1 was not approved by anyone.
    expect(await secretary.getByTestId('version-1-verified').count()).toBe(0);
    await expectAccessible(secretary, 'Protokoll tab with an approved version');
    await screenshotFromTop(secretary, 'finalise-04-secretary-justerad');
  });

  it('publishes version 2 with a passage masked; the share link shows it to anyone, without script, until revoked', async () => {
    const masks = secretary.getByTestId('version-2-masks');
    await masks.getByTestId('mask-input').fill(PHONE);
    await masks.getByTestId('mask-add').click();
    await expect.poll(() => masks.locator('.masks__text').allTextContents()).toEqual([PHONE]);
    await secretary.getByTestId('version-2-publish').click();
    await secretary.getByTestId('version-2-publish-confirm').click();
    await expect.poll(() => version(secretary, 2).locator('.badge--published').count()).toBe(1);
    expect(await version(secretary, 1).locator('.badge--unpublished').count()).toBe(1);

    await secretary.getByTestId('share-link-create').click();
    shareUrl = await secretary.getByTestId('share-link-url').inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${suite.server.url}/s/[\\w-]{20,}$`));

    await secretary.getByTestId('reopen').click();
    await openTab(secretary, 'draft');
    await expect.poll(() => editor(secretary).getAttribute('contenteditable')).toBe('true');
    await clickAtEnd(contact(secretary), { page: lina, name: 'Ordförande Olsson' });
    await secretary.keyboard.press('Enter');
    await secretary.keyboard.type(AFTER_REOPENING);
    await expect.poll(() => textWithoutCarets(editor(lina))).toContain(AFTER_REOPENING);
    await expect.poll(() => secretary.getByTestId('save-status').getAttribute('data-state')).toBe('saved');

    // Someone without an account opens the link.
    const anyone = await suite.person();
    const response = await anyone.goto(shareUrl);
    expect(response?.status()).toBe(200);
    const shown = await bodyText(anyone);
    expect(shown).toContain('Version 2.');
    expect(shown).toContain(DECISION);
    expect(shown).toContain(`Kontaktperson: Kim Ek, telefon ${MASK}.`);
    expect(shown).not.toContain(PHONE);
    expect(shown).not.toContain(AFTER_REOPENING);
    expect(shown).toMatch(/Anteckning: ord1 ord2 ord3/);
    expect(await anyone.getByRole('heading', { name: 'Justerade' }).isVisible()).toBe(true);
    expect(shown).toMatch(/Justerade\s*Osman Aytar/);
    expect(await anyone.locator('script').count()).toBe(0);
    await screenshot(anyone, 'finalise-05-share-link');
    await expectAccessible(anyone, 'share page');
    await anyone.setViewportSize({ width: 390, height: 844 });
    expect(await anyone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(anyone, 'share page on a phone');
    await screenshot(anyone, 'finalise-06-share-link-phone');

    const noScript = await suite.browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
    try {
      const page = await noScript.newPage();
      expect((await page.goto(shareUrl))?.status()).toBe(200);
      const withoutScript = await bodyText(page);
      expect(withoutScript).toContain(DECISION);
      expect(withoutScript).toContain(`Kontaktperson: Kim Ek, telefon ${MASK}.`);
      expect(withoutScript).not.toContain(PHONE);
      expect(withoutScript).not.toContain(AFTER_REOPENING);
    } finally {
      await noScript.close();
    }

    await openTab(secretary, 'protocol');
    await secretary.getByTestId('share-link-revoke').click();
    await secretary.getByTestId('share-link-revoke-confirm').click();
    await expect
      .poll(() => secretary.getByTestId('share-links').getByRole('status').textContent())
      .toBe('Länken är återkallad.');
    const gone = await anyone.goto(shareUrl);
    expect(gone?.status()).toBe(404);
    expect(await anyone.getByRole('heading', { level: 1 }).textContent()).toBe('Protokollet finns inte här');
    expect(await bodyText(anyone)).not.toContain(DECISION);
    await screenshot(anyone, 'finalise-07-share-link-revoked');
  });

  it('gives a reader with an account the published versions, never the editor', async () => {
    const page = await suite.person();
    const rut = await suite.signIn(page, 'Rut Berg');
    const granted = await suite.server.owner.fetch(`/api/meetings/${meetingId}/members/${rut.id}`, {
      method: 'PUT',
      json: { role: 'reader' },
    });
    expect(granted.status).toBe(200);
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.goto(meetingUrl);
    const reader = page.getByTestId('reader-view');
    await reader.waitFor();
    // Only the published version 2 (approved, so justerad); version 1 was never published.
    const titles = reader.locator('.version__title');
    expect(await titles.count()).toBe(1);
    expect(await titles.textContent()).toMatch(/^Version 2/);
    expect(await titles.locator('.badge--verified').textContent()).toBe('Justerad');
    expect(await page.locator('[data-testid="editor"]').count()).toBe(0);
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await bodyText(page)).not.toContain(AFTER_REOPENING);
    expect(sockets.filter((url) => url.includes('/collab'))).toEqual([]);
    await expectAccessible(page, 'reader view');
    await screenshotFromTop(page, 'finalise-08-reader-view');
  });

  it('lets a new person sign up through an invite link and write in the meeting', async () => {
    await openTab(secretary, 'members');
    const invite = secretary.getByTestId('invite-form');
    await invite.waitFor();
    await expect.poll(() => secretary.getByTestId('member-row').count()).toBeGreaterThan(0);
    await expectAccessible(secretary, 'Medlemmar tab');
    await invite.getByTestId('invite-role').selectOption('participant');
    await invite.getByTestId('invite-create').click();
    const inviteUrl = await invite.getByTestId('invite-url').inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${suite.server.url}/invite/`));

    const nora = await suite.person();
    await nora.goto(inviteUrl);
    await nora.getByTestId('invite-sign-in-first').waitFor();
    await expectAccessible(nora, 'invite page, signed out');
    await nora.getByTestId('invite-sign-up').click();
    await nora.getByTestId('signup-name').waitFor();
    await expectAccessible(nora, 'sign-up page');
    await nora.getByTestId('signup-name').fill('Nora Lind');
    await nora.getByTestId('signup-email').fill('nora.lind@example.org');
    await nora.getByTestId('signup-password').fill('ett långt lösenord');
    await nora.getByTestId('signup-submit').click();

    const details = nora.getByTestId('invite-details');
    await details.waitFor();
    expect(nora.url()).toBe(inviteUrl);
    expect(await details.textContent()).toContain(
      'Du är inbjuden till mötet ”Styrgruppsmöte” som deltagare.',
    );
    expect(await details.textContent()).toContain('Du går med som Nora Lind.');
    await expectAccessible(nora, 'invite page');
    await nora.getByTestId('invite-accept').click();
    await nora.waitForURL(meetingUrl);
    await waitForEditor(nora);
    await expect.poll(() => editor(nora).getAttribute('contenteditable')).toBe('true');

    const lastParagraph = nora.locator('.agenda-item__content p', { hasText: AFTER_REOPENING });
    await clickAtEnd(lastParagraph, { page: secretary, name: 'Nora Lind' });
    await nora.keyboard.press('Enter');
    await nora.keyboard.type('Nora Lind är med från och med i dag.');
    await expect
      .poll(() => textWithoutCarets(editor(secretary)))
      .toContain('Nora Lind är med från och med i dag.');
    await expect.poll(() => secretary.getByTestId('presence-list').textContent()).toContain('Nora Lind');
    await screenshotFromTop(nora, 'finalise-09-invited-writes');
  });
});
