import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/startServer.js';

let server: TestServer;

beforeEach(async () => {
  server = await startServer({ storage: 'sqlite' });
});

afterEach(async () => {
  await server.stop();
});

describe('series', () => {
  it('give their members a default role in every meeting of the series, which a meeting’s own role overrides', async () => {
    const admin = server.owner;
    const created = await admin.fetch('/api/series', {
      method: 'POST',
      json: { name: 'Styrgrupp Tillsammans' },
    });
    expect(created.status).toBe(201);
    const series = (await created.json()) as { id: string };
    const lina = await server.signUp('Lina');
    const per = await server.signUp('Per');
    const setRole = (who: { id: string }, role: string) =>
      admin.fetch(`/api/series/${series.id}/members/${who.id}`, { method: 'PUT', json: { role } });
    expect((await setRole(lina, 'verifier')).status).toBe(200);
    expect((await setRole(per, 'secretary')).status).toBe(200);
    expect((await setRole(per, 'king')).status).toBe(400);

    const listed = (await (await lina.fetch('/api/series')).json()) as {
      series: Array<{ name: string; role: string }>;
    };
    expect(listed.series).toEqual([
      expect.objectContaining({ name: 'Styrgrupp Tillsammans', role: 'verifier' }),
    ]);

    // Only the series' secretary (or an admin) adds meetings to it.
    const refused = await lina.fetch('/api/meetings', {
      method: 'POST',
      json: { title: 'Möte 1', date: '2026-03-01', seriesId: series.id },
    });
    expect(refused.status).toBe(403);
    const made = await per.fetch('/api/meetings', {
      method: 'POST',
      json: { title: 'Möte 1', date: '2026-03-01', seriesId: series.id },
    });
    expect(made.status).toBe(201);
    const meeting = (await made.json()) as { id: string; seriesId: string };
    expect(meeting.seriesId).toBe(series.id);

    const linaState = (await (await lina.fetch(`/api/meetings/${meeting.id}/state`)).json()) as {
      role: string;
      verifiers: Array<{ name: string }>;
    };
    expect(linaState.role).toBe('verifier');
    expect(linaState.verifiers.map((v) => v.name)).toEqual(['Lina']);
    expect(
      ((await (await lina.fetch('/api/meetings')).json()) as { meetings: unknown[] }).meetings,
    ).toHaveLength(1);

    // The meeting's own role wins over the series'.
    await per.fetch(`/api/meetings/${meeting.id}/members/${lina.id}`, {
      method: 'PUT',
      json: { role: 'reader' },
    });
    const after = (await (await lina.fetch(`/api/meetings/${meeting.id}/state`)).json()) as { role: string };
    expect(after.role).toBe('reader');
    expect((await lina.fetch(`/api/meetings/${meeting.id}/minutes`)).status).toBe(403);

    // Removed from the series, a member no longer sees its meetings (the meeting role is removed too).
    await per.fetch(`/api/meetings/${meeting.id}/members/${lina.id}`, { method: 'DELETE' });
    expect(
      (await admin.fetch(`/api/series/${series.id}/members/${lina.id}`, { method: 'DELETE' })).status,
    ).toBe(204);
    expect((await lina.fetch(`/api/meetings/${meeting.id}/state`)).status).toBe(404);
    expect((await lina.fetch('/api/series')).status).toBe(200);
    expect(((await (await lina.fetch('/api/series')).json()) as { series: unknown[] }).series).toEqual([]);

    // Someone with a role in one meeting of the series sees the series, without a role in it.
    const guest = await server.signUp('Gäst');
    const guestMeeting = await admin.fetch('/api/meetings', {
      method: 'POST',
      json: { title: 'Gästmöte', date: '2026-02-01', seriesId: series.id },
    });
    const guestMeetingId = ((await guestMeeting.json()) as { id: string }).id;
    await admin.fetch(`/api/meetings/${guestMeetingId}/members/${guest.id}`, {
      method: 'PUT',
      json: { role: 'reader' },
    });
    const guestSeries = (await (await guest.fetch('/api/series')).json()) as {
      series: Array<{ id: string; role: null }>;
    };
    expect(guestSeries.series).toEqual([expect.objectContaining({ id: series.id, role: null })]);
  });

  it('refuses a meeting in a series that does not exist, and series management to non-admins', async () => {
    const bad = await server.owner.fetch('/api/meetings', {
      method: 'POST',
      json: { title: 'Möte', date: '2026-03-01', seriesId: 'nope' },
    });
    expect(bad.status).toBe(400);
    const lina = await server.signUp('Lina');
    expect((await lina.fetch('/api/series', { method: 'POST', json: { name: 'Egen' } })).status).toBe(403);
    expect(await server.meetings.list()).toEqual([]);
  });
});
