import type { Feeds } from '@minutes/shared';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Person } from '../support/people.js';
import { type SeriesWithTasks, useSeriesWithTasks } from '../support/seriesWithTasks.js';
import type { TestServer } from '../support/startServer.js';

let server: TestServer;
let series: SeriesWithTasks;

useSeriesWithTasks((started, written) => {
  server = started;
  series = written;
});

async function feedsOf(who: Person, method = 'GET'): Promise<Feeds> {
  const response = await who.fetch('/api/feeds', { method });
  expect(response.status).toBe(200);
  return (await response.json()) as Feeds;
}

/** A calendar app: no cookies, no headers, just the address. */
async function calendar(path: string) {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  const component = new ICAL.Component(ICAL.parse(await response.text()));
  for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return component.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

describe('calendar feeds', () => {
  it('give each account private addresses, the same each time', async () => {
    const feeds = await feedsOf(series.lina);
    expect(feeds.tasks).toMatch(/^\/feeds\/[A-Za-z0-9_-]{43}\/tasks\.ics$/);
    const token = feeds.tasks.split('/')[2] as string;
    expect(feeds.series).toHaveLength(2);
    expect(feeds.series).toEqual(
      expect.arrayContaining([
        { id: series.seriesId, name: 'Styrgrupp', path: `/feeds/${token}/series/${series.seriesId}.ics` },
        {
          id: series.other.seriesId,
          name: 'Rektorsnätverket',
          path: `/feeds/${token}/series/${series.other.seriesId}.ics`,
        },
      ]),
    );
    expect(await feedsOf(series.lina)).toEqual(feeds);
    expect((await feedsOf(series.otto)).tasks).not.toBe(feeds.tasks);
    expect((await feedsOf(series.otto)).series).toEqual([]);
    expect(JSON.stringify(server.db.prepare('SELECT * FROM feed_tokens').all())).not.toContain(token);
    expect((await fetch(`${server.url}/api/feeds`)).status).toBe(401);
  });

  it('have the account’s open tasks on their due dates, all day', async () => {
    const events = await calendar((await feedsOf(series.lina)).tasks);
    expect(events.map((event) => [event.uid, event.startDate.toString(), event.startDate.isDate])).toEqual([
      [`${series.january.id}-budget@minutes`, '2020-01-20', true],
      [`${series.february.id}-lina-m2@minutes`, '2099-03-01', true],
      [`${series.other.id}-rektor@minutes`, '2099-04-01', true],
    ]);
    expect(events[0]?.summary).toBe('Uppgift: Ta fram budgetförslag');
    expect(await calendar((await feedsOf(series.otto)).tasks)).toEqual([]);
  });

  it('have the series’ meetings at their time and place, and the next meetings', async () => {
    const feeds = await feedsOf(series.lina);
    const path = feeds.series.find((s) => s.id === series.seriesId)?.path as string;
    const events = await calendar(path);
    expect(events.map((event) => [event.summary, event.startDate.toString()])).toEqual([
      ['Styrgrupp januari', '2026-01-15T13:00:00'],
      ['Styrgrupp februari', '2026-02-20'],
      ['Nästa möte: Styrgrupp', '2026-04-20T09:00:00'],
    ]);
    const [january] = events;
    expect(january?.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(january?.endDate.toString()).toBe('2026-01-15T15:00:00');
    expect(january?.location).toBe('Rum 3');
    expect(events[2]?.location).toBe('Nyköping');

    // A reader sees the meetings, and what the published minutes say.
    const readers = await calendar(
      `/feeds/${(await feedsOf(series.rut)).tasks.split('/')[2]}/series/${series.seriesId}.ics`,
    );
    expect(readers.map((event) => [event.summary, event.startDate.toString()])).toEqual([
      ['Styrgrupp januari', '2026-01-15'],
      ['Styrgrupp februari', '2026-02-20'],
    ]);
  });

  it('answer 404 and nothing else to a forged, malformed, revoked or foreign token', async () => {
    const lina = await feedsOf(series.lina);
    const otto = await feedsOf(series.otto);
    const ottoToken = otto.tasks.split('/')[2] as string;
    const linaSeries = lina.series.find((s) => s.id === series.seriesId)?.path as string;
    for (const path of [
      `/feeds/${'A'.repeat(43)}/tasks.ics`,
      '/feeds/not-a-token/tasks.ics',
      `/feeds/${ottoToken}/series/${series.seriesId}.ics`,
      `/feeds/${ottoToken}/series/no-such-series.ics`,
      `/feeds/${ottoToken}/other.ics`,
      linaSeries.replace('.ics', '.txt'),
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('BEGIN:VCALENDAR');
    }
    // A session cookie does not stand in for the token.
    const withCookie = await fetch(`${server.url}/feeds/${'A'.repeat(43)}/tasks.ics`, {
      headers: { cookie: series.lina.cookie },
    });
    expect(withCookie.status).toBe(404);

    const renewed = await feedsOf(series.lina, 'DELETE');
    expect(renewed.tasks).not.toBe(lina.tasks);
    expect((await fetch(`${server.url}${lina.tasks}`)).status).toBe(404);
    expect((await fetch(`${server.url}${linaSeries}`)).status).toBe(404);
    expect(await calendar(renewed.tasks)).toHaveLength(3);
    expect(await feedsOf(series.lina)).toEqual(renewed);
  });
});
