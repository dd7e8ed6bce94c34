import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/browser.js';
import { browserSuite, screenshotFromTop, textWithoutCarets } from '../support/browserSuite.js';

const suite = browserSuite();
const { person, minutesFromServer } = suite;

const editor = (page: Page) => page.locator('[data-testid="editor"] .ProseMirror');
const panel = (page: Page) => page.getByRole('complementary', { name: 'Beslut och uppgifter' });
const agendaItems = (page: Page) => page.locator('.agenda-item');

/** The text of the node at the caret, without other writers' caret labels. */
function caretBlockText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const node = window.getSelection()?.anchorNode;
    const block = node instanceof Element ? node : node?.parentElement;
    return block?.closest('p, h2, li')?.textContent ?? '';
  });
}

describe('structure in the document, written by two people at once', () => {
  let meetingId: string;
  let meetingUrl: string;
  let lina: Page;
  let osman: Page;

  it('opens a new meeting with its template', async () => {
    ({ id: meetingId, url: meetingUrl } = await suite.createMeeting('Styrgruppsmöte', '2026-02-24'));

    lina = await person();
    osman = await person();
    await suite.joinMeeting(lina, meetingUrl, 'Lina Larsson');
    await suite.joinMeeting(osman, meetingUrl, 'Osman Aytar');
    for (const page of [lina, osman]) {
      await expect
        .poll(() => page.getByTestId('presence-list').textContent())
        .toMatch(/Lina Larsson.*Osman Aytar|Osman Aytar.*Lina Larsson/);
    }
    // The toolbar goes to the header the template made rather than adding a second one.
    await lina.getByTestId('insert-meetingHeader').click();
    const series = lina.locator('.meeting-header').getByLabel('Serie');
    await expect.poll(() => series.evaluate((element) => element === document.activeElement)).toBe(true);
    await series.fill('Styrgrupp Tillsammans för barnens bästa');
    await lina.locator('.meeting-header').getByLabel('Lokal').fill('Stadshuset, rum 3');
    await expect
      .poll(() => osman.locator('.meeting-header').getByLabel('Serie').inputValue())
      .toBe('Styrgrupp Tillsammans för barnens bästa');
    expect(await lina.locator('.meeting-header').getByLabel('Datum').inputValue()).toBe('2026-02-24');
    expect(await lina.locator('.meeting-header').textContent()).toContain('24 februari 2026');
    // The server knows this client's schema version and lets it write.
    expect(await lina.getByTestId('schema-outdated').count()).toBe(0);
  });

  it('fills in the attendee list and marks everyone connected as present', async () => {
    const list = lina.locator('.attendee-list');
    await list.getByRole('button', { name: 'Lägg till deltagare' }).click();
    // The new row's name field has focus.
    await lina.keyboard.type('Osman Aytar');
    const row = list.locator('li').filter({ has: lina.locator('input[value="Osman Aytar"]') });
    await row.getByLabel('Roll').fill('Utvecklingsledare');
    await row.getByLabel('Organisation').fill('Region Väst');
    await row.getByLabel('Närvaro').selectOption('absent');
    await expect.poll(() => osman.locator('.attendee-list li').count()).toBe(1);

    await list.getByRole('button', { name: 'Markera anslutna som närvarande' }).click();
    for (const page of [lina, osman]) {
      await expect.poll(() => page.locator('.attendee-list li').count()).toBe(2);
      await expect
        .poll(() =>
          page
            .locator('.attendee-list .attendee__name input')
            .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
        )
        .toEqual(['Osman Aytar', 'Lina Larsson']);
      await expect
        .poll(() =>
          page
            .locator('.attendee-list .attendee__attendance select')
            .evaluateAll((s) => s.map((i) => (i as HTMLSelectElement).value)),
        )
        .toEqual(['present', 'present']);
    }
    const linaRow = osman.locator('.attendee-list li').nth(1);
    await linaRow.getByLabel('Uppdrag').selectOption('secretary');
    await screenshotFromTop(lina, 'structure-01-header-and-attendees');
  });

  it('turns "Beslut:" into a decision and adds a task with an assignee and a due date; the other sees both in the panel', async () => {
    // The template's first agenda item, "Mötets öppnande", has an empty paragraph to write in.
    const firstItem = agendaItems(lina).first();
    await firstItem.locator('.agenda-item__content p').first().click();
    await lina.keyboard.type('Beslut: Godkänner uppdaterad överenskommelse.');
    await expect
      .poll(() => firstItem.locator('.decision').textContent())
      .toContain('Godkänner uppdaterad överenskommelse.');
    await expect.poll(() => firstItem.locator('.decision__label').textContent()).toBe('Beslut');
    await lina.keyboard.press('Enter');
    await lina.keyboard.type('Åtgärd: Ta fram ett förslag till nästa möte');
    const task = firstItem.locator('.action-item');
    await expect
      .poll(() => task.locator('.action-item__text').textContent())
      .toBe('Ta fram ett förslag till nästa möte');

    const assignee = task.getByLabel('Ansvariga');
    await assignee.fill('Osman Aytar');
    await assignee.press('Enter');
    await expect.poll(() => task.locator('.chip__name').allTextContents()).toEqual(['Osman Aytar']);
    await task.locator('.due').getByLabel('Datum').fill('2026-03-24');
    await expect.poll(() => task.locator('.due').textContent()).toContain('24 mars 2026');

    const decisionEntry = panel(osman).getByRole('button', {
      name: /Godkänner uppdaterad överenskommelse\./,
    });
    await decisionEntry.waitFor();
    const taskEntry = panel(osman).getByRole('button', { name: /Ta fram ett förslag till nästa möte/ });
    await expect.poll(() => taskEntry.textContent()).toContain('Ansvariga: Osman Aytar');
    await expect.poll(() => taskEntry.textContent()).toContain('Klart senast 24 mars 2026');
    expect(await panel(osman).getByRole('heading', { level: 3 }).first().textContent()).toBe(
      '1. Mötets öppnande',
    );
    // Osman did not write them: his screen reader is told, politely.
    await expect
      .poll(() => osman.getByTestId('minutes-panel-announcement').textContent(), { timeout: 5_000 })
      .toBe(
        'Nytt beslut: Godkänner uppdaterad överenskommelse. Ny uppgift: Ta fram ett förslag till nästa möte',
      );
    expect(await lina.getByTestId('minutes-panel-announcement').textContent()).toBe('');

    // Enter on an entry puts the caret in that node.
    await taskEntry.focus();
    await osman.keyboard.press('Enter');
    await expect.poll(() => caretBlockText(osman)).toBe('Ta fram ett förslag till nästa möte');
    await screenshotFromTop(lina, 'structure-02-writer');
    await screenshotFromTop(osman, 'structure-03-reader-panel');
  });

  it('inserts an agenda item from the slash menu with the keyboard alone', async () => {
    await editor(lina).focus();
    await lina.keyboard.press('Control+End');
    await lina.keyboard.press('Enter');
    await lina.keyboard.type('/');
    const menu = lina.getByRole('listbox', { name: 'Infoga' });
    await menu.waitFor();
    // Escape keeps the slash as text; typing it again opens the menu again.
    await lina.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await lina.keyboard.press('Backspace');
    await lina.keyboard.type('/dag');
    await menu.waitFor();
    expect(await menu.getByRole('option').allTextContents()).toEqual([
      expect.stringContaining('Dagordningspunkt'),
    ]);
    expect(await editor(lina).getAttribute('aria-activedescendant')).toBe(
      await menu.getByRole('option').first().getAttribute('id'),
    );
    await screenshotFromTop(lina, 'structure-04-slash-menu');
    await lina.keyboard.press('Enter');
    await menu.waitFor({ state: 'detached' });
    await expect.poll(() => agendaItems(lina).count()).toBe(2);
    await lina.keyboard.type('Budget 2027');
    await expect.poll(() => textWithoutCarets(agendaItems(osman).nth(1).locator('h2'))).toBe('Budget 2027');
    expect(await editorText(lina)).not.toContain('/dag');
  });

  it('"Bordläggs" tables the agenda item in both pages', async () => {
    await lina.keyboard.press('Enter');
    await lina.keyboard.type('Bordläggs till mötet i april.');
    for (const page of [lina, osman]) {
      const item = agendaItems(page).nth(1);
      await expect.poll(() => item.getAttribute('data-status')).toBe('tabled');
      await expect.poll(() => item.getByTestId('tabled-badge').textContent()).toBe('Bordlagd');
      expect(await item.getByLabel('Status').inputValue()).toBe('tabled');
      expect(await agendaItems(page).first().getAttribute('data-status')).toBe('open');
    }
    await expect.poll(() => panel(osman).textContent()).not.toContain('Bordlagd');
    await screenshotFromTop(osman, 'structure-05-tabled');
  });

  it('sets the next meeting and passes axe with every kind of node on the page', async () => {
    await lina.getByTestId('insert-nextMeeting').click();
    const next = lina.locator('.next-meeting');
    await next.getByLabel('Datum').fill('2026-04-21');
    await next.getByLabel('Plats').fill('Teams');
    await expect.poll(() => osman.locator('.next-meeting').getByLabel('Plats').inputValue()).toBe('Teams');
    // Escape leaves the form for the text, with the node selected; Enter goes back into its fields.
    await lina.keyboard.press('Escape');
    await expect
      .poll(() => editor(lina).evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect(await lina.locator('.ProseMirror-selectednode .next-meeting').count()).toBe(1);
    await lina.keyboard.press('Enter');
    const date = next.getByLabel('Datum');
    await expect.poll(() => date.evaluate((element) => element === document.activeElement)).toBe(true);
    for (const page of [lina, osman]) {
      for (const selector of [
        '.meeting-header',
        '.attendee-list',
        '.attendee',
        '.agenda-item',
        '.decision',
        '.action-item',
        '.next-meeting',
      ]) {
        expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
      }
    }
    await expectAccessible(lina, 'meeting page with every node type');
    await expectAccessible(osman, 'meeting page with every node type, as the other writer');
    await screenshotFromTop(lina, 'structure-06-all-nodes');
    await lina.emulateMedia({ media: 'print' });
    await screenshotFromTop(lina, 'structure-07-print');
    await lina.emulateMedia({ media: 'screen' });
    await lina.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(lina, 'meeting page on a phone');
    await screenshotFromTop(lina, 'structure-08-phone');
    await lina.setViewportSize({ width: 1280, height: 900 });
  });

  it('keeps the same structure on the server: its extracted minutes have the decision and the task', async () => {
    await expect
      .poll(async () => (await minutesFromServer(meetingId))?.actions[0]?.dueDate, { timeout: 15_000 })
      .toBe('2026-03-24');
    const minutes = await minutesFromServer(meetingId);
    expect(minutes).toMatchObject({
      series: 'Styrgrupp Tillsammans för barnens bästa',
      room: 'Stadshuset, rum 3',
      secretary: 'Lina Larsson',
      decisions: [{ text: 'Godkänner uppdaterad överenskommelse.', agendaItemNumber: 1 }],
      actions: [
        {
          text: 'Ta fram ett förslag till nästa möte',
          assignees: ['Osman Aytar'],
          due: '2026-03-24',
          dueDate: '2026-03-24',
          agendaItemTitle: 'Mötets öppnande',
        },
      ],
      tabled: [{ agendaItemNumber: 2, text: 'Budget 2027' }],
      next_meeting: { date: '2026-04-21', place: 'Teams' },
    });
    const ids = [
      minutes?.decisions[0]?.id,
      minutes?.actions[0]?.id,
      ...(minutes?.agenda.map((item) => item.id) ?? []),
    ];
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives pasted and split nodes ids of their own', async () => {
    const before = await minutesFromServer(meetingId);
    const original = before?.decisions[0];
    expect(original?.id).toBeTruthy();
    const decisionText = lina.locator('.decision .decision__text p').first();
    await clickInText(decisionText, 'Godkänner uppdaterad överenskommelse.'.length);
    await lina.keyboard.press('Enter');
    // Pastes a copy of the decision, id included, as copying it in another tab would.
    await editor(lina).evaluate((element, id) => {
      const data = new DataTransfer();
      data.setData('text/html', `<p data-type="decision" data-id="${id}">Kopierat beslut.</p>`);
      data.setData('text/plain', 'Kopierat beslut.');
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, original?.id ?? '');
    // Splits the first decision in two after "Godkänner".
    await clickInText(decisionText, 'Godkänner'.length);
    // The editor has taken the caret there once the others see it there.
    await expect.poll(() => textBeforeCaretOf(osman, 'Lina Larsson')).toBe('Godkänner');
    await lina.keyboard.press('Enter');

    await expect
      .poll(async () => (await minutesFromServer(meetingId))?.decisions.map((decision) => decision.text), {
        timeout: 15_000,
      })
      .toEqual(['Godkänner', 'uppdaterad överenskommelse.', 'Kopierat beslut.']);
    const decisions = (await minutesFromServer(meetingId))?.decisions ?? [];
    const ids = decisions.map((decision) => decision.id);
    expect(ids.every((id) => typeof id === 'string' && id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toContain(original?.id);
    // Lina pasted and split them herself: nothing is announced to her.
    await expect
      .poll(() => osman.getByTestId('minutes-panel-announcement').textContent(), { timeout: 5_000 })
      .toContain('Kopierat beslut.');
    expect(await lina.getByTestId('minutes-panel-announcement').textContent()).toBe('');
    await expect
      .poll(() =>
        panel(osman)
          .getByRole('button', { name: /Kopierat beslut/ })
          .count(),
      )
      .toBe(1);
  });

  it('turns read-only with a banner when the server says the schema is newer', async () => {
    const page = await person();
    // Stands in for a server that has moved on: passes everything through and adds SchemaOutdated (101).
    await page.routeWebSocket(/\/collab\//, (socket) => {
      const upstream = socket.connectToServer();
      let told = false;
      upstream.onMessage((message) => {
        socket.send(message);
        if (!told) {
          told = true;
          socket.send(Buffer.from([101]));
        }
      });
    });
    const kim = await suite.signIn(page, 'Kim Berg');
    await suite.server.owner.fetch(`/api/meetings/${meetingId}/members/${kim.id}`, {
      method: 'PUT',
      json: { role: 'participant' },
    });
    await page.goto(meetingUrl);
    const banner = page.getByTestId('schema-outdated');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('En nyare version finns – ladda om sidan');
    expect(await banner.getByRole('button', { name: 'Ladda om' }).isVisible()).toBe(true);
    await expect.poll(() => editor(page).getAttribute('contenteditable')).toBe('false');
    expect(await page.getByTestId('insert-agendaItem').isDisabled()).toBe(true);
    expect(await page.locator('.meeting-header').getByLabel('Serie').isDisabled()).toBe(true);
    await expectAccessible(page, 'read-only meeting page with the banner');
    await screenshotFromTop(page, 'structure-09-schema-outdated');
  });
});

/**
 * Clicks between two characters of the text in `locator`, `offset` characters in, and waits until
 * the caret is there: keys pressed before the editor has read a caret move would act on the old one.
 */
async function clickInText(locator: Locator, offset: number): Promise<void> {
  await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const point = await locator.evaluate((element, at) => {
    const text = element.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, Math.max(0, at - 1));
    range.setEnd(text, at);
    const rect = range.getBoundingClientRect();
    return { x: rect.right, y: rect.top + rect.height / 2 };
  }, offset);
  await locator.page().mouse.click(point.x, point.y);
  await expect
    .poll(() =>
      locator.evaluate((element) => {
        const selection = window.getSelection();
        if (!selection?.focusNode || !element.contains(selection.focusNode)) return -1;
        const before = document.createRange();
        before.setStart(element, 0);
        before.setEnd(selection.focusNode, selection.focusOffset);
        return before.toString().length;
      }),
    )
    .toBe(offset);
}

/** On `page`, the text of the block that holds `name`'s caret, up to that caret. */
function textBeforeCaretOf(page: Page, name: string): Promise<string | null> {
  return page.evaluate((writer) => {
    const label = [...document.querySelectorAll('.collaboration-carets__label')].find(
      (element) => element.textContent === writer,
    );
    const caret = label?.parentElement;
    const block = caret?.closest('p, h2');
    if (!caret || !block) return null;
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEndBefore(caret);
    return before.toString();
  }, name);
}

const editorText = (page: Page) => textWithoutCarets(editor(page));
