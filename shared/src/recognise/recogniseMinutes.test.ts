import { describe, expect, it } from 'vitest';
import { recogniseMinutes } from './recogniseMinutes.js';

describe('recogniseMinutes', () => {
  it('reads a short Swedish protocol end to end', () => {
    const minutes = recogniseMinutes(
      [
        'Styrelsemöte 2024-03-12',
        'Närvarande: Anna Berg (ordförande), Per Ek (sekreterare), Lisa Ström',
        '§ 1 Budget',
        'Styrelsen beslutade att anta budgeten.',
        'Per Ek tar fram en likviditetsplan till nästa möte.',
        '§ 2 Stambyte',
        'Bordläggs.',
        'Nästa möte: 16 april',
      ].join('\n'),
      { format: 'text' },
    );
    expect(minutes).toMatchObject({
      title: 'Styrelsemöte 2024-03-12',
      date: '2024-03-12',
      chair: 'Anna Berg',
      secretary: 'Per Ek',
      agenda: [
        { number: '§ 1', title: 'Budget' },
        { number: '§ 2', title: 'Stambyte' },
      ],
      decisions: [{ text: 'Styrelsen beslutade att anta budgeten.', agendaItem: 'Budget' }],
      actions: [{ assignees: ['Per Ek'], due: '2024-04-16', agendaItem: 'Budget' }],
      tabled: [{ text: 'Stambyte: Bordläggs.' }],
      nextMeeting: { date: '2024-04-16' },
    });
  });

  it('reads English W3C-style minutes', () => {
    const minutes = recogniseMinutes(
      'Present: alice, bob\nChair: alice\n\nTopic one\n\nRESOLUTION: Publish the draft.\nACTION: bob to update the wiki by 2024-05-01',
      { format: 'text', referenceDate: '2024-04-20' },
    );
    expect(minutes).toMatchObject({
      language: 'en',
      date: '2024-04-20',
      decisions: [{ text: 'Publish the draft.' }],
      actions: [{ assignees: ['bob'], due: '2024-05-01' }],
    });
  });

  it('reads decisions under a decision heading and tasks under a task heading', () => {
    const minutes = recogniseMinutes(
      '## Beslut\n\n- Budgeten antas.\n- Lokalen hyrs ut.\n\n## Att göra\n\n- Anna bokar lokalen\n- [ ] Bo skickar kallelsen',
      { format: 'markdown' },
    );
    expect(minutes.decisions.map((d) => d.text)).toEqual(['Budgeten antas.', 'Lokalen hyrs ut.']);
    expect(minutes.actions.map((a) => a.text)).toEqual(['Anna bokar lokalen', 'Bo skickar kallelsen']);
  });

  it.each([
    ['empty text', ''],
    ['whitespace', ' \n\n\t '],
    ['binary garbage', '\u0000\u0001\u0002\uFFFD\uD800PK\u0003\u0004'.repeat(1000)],
    ['one very long line', 'Det beslutas att '.repeat(20_000)],
    ['Markdown of nothing but markup', '#\n\n---\n\n- \n\n**'],
  ])('does not throw on %s', (_, text) => {
    for (const format of ['text', 'markdown'] as const) {
      const minutes = recogniseMinutes(text, { format });
      expect(minutes.decisions.length + minutes.actions.length).toBeGreaterThanOrEqual(0);
    }
  });

  it('reads a megabyte of minutes in reasonable time', () => {
    const page =
      'Statusrapport\nProcessledarna informerade om läget och arbetet\nfortsätter enligt plan. Det beslutas att vi ska förse verksamheter med material.\nMari, Johan och Marita tar med frågan till nästa möte den 13 februari.\n';
    const text = page.repeat(Math.ceil(1_048_576 / page.length));
    const start = performance.now();
    const minutes = recogniseMinutes(text, { format: 'text', referenceDate: '2026-02-24' });
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(minutes.decisions).toHaveLength(1);
  });

  it('refuses a reference date that is not YYYY-MM-DD', () => {
    expect(() => recogniseMinutes('x', { format: 'text', referenceDate: '24/2' })).toThrow(RangeError);
  });
});
