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

  const actionsOf = (text: string, format: 'text' | 'markdown' = 'text', referenceDate = '2025-10-07') =>
    recogniseMinutes(text, { format, referenceDate }).actions.map(({ text, assignees, due }) => ({
      text,
      assignees,
      due,
    }));

  it.each([
    [
      'an owner and a due date on lines of their own',
      'Närvarande: Johan S, Linnéa\n\nRastverksamheten\nVi kom fram till att klasserna turas om på planen.\nAnsvarig: Johan S\nKlart till: 20/10',
      [
        {
          text: 'Vi kom fram till att klasserna turas om på planen.',
          assignees: ['Johan S'],
          due: '2025-10-20',
        },
      ],
    ],
    [
      'an owner at the end of a paragraph',
      'Närvarande: Jörgen Pihl, Mats Wennberg\n\nÖvrigt\nJörgen påpekade att förrådet behöver ett nytt lås. Ansvarig: Jörgen',
      [{ text: 'Jörgen påpekade att förrådet behöver ett nytt lås.', assignees: ['Jörgen'], due: null }],
    ],
    [
      'a due date that makes a sentence a task',
      'Närvarande: Linnéa, Karin\n\nSamtal\nLinnéa gör en digital version av blanketten.\nKlart till: fredag nästa vecka',
      [{ text: 'Linnéa gör en digital version av blanketten.', assignees: ['Linnéa'], due: '2025-10-17' }],
    ],
    [
      'tasks until the next meeting',
      'Närvarande: Mohammed, Karin\n\nTill nästa gång:\n- Alla läser igenom planen\n- Mohammed tar med förslag på böcker\n\nNästa APT: 4/11 kl 15.15',
      [
        { text: 'Alla läser igenom planen', assignees: [], due: '2025-11-04' },
        { text: 'Mohammed tar med förslag på böcker', assignees: ['Mohammed'], due: '2025-11-04' },
      ],
    ],
    [
      'a task and a summary that repeats it',
      'Present: Moira Kennedy, Dev Patel\n\n1. Safety\nThe chair opened the item.\nAction: Moira to book the community room.\n\n2. Summary\nAction summary\n- Moira - book community room - 20 October',
      [{ text: 'Moira to book the community room.', assignees: ['Moira'], due: '2025-10-20' }],
    ],
  ])('reads %s', (_, text, expected) => {
    expect(actionsOf(text)).toEqual(expected);
  });

  it('reads the items under "Agreed actions:" as tasks', () => {
    expect(
      actionsOf(
        'Present: Alice Brown, Bob Lee\n\nAgreed actions:\n- Alice to send the draft\n- Bob to book the room',
        'text',
        '2025-05-01',
      ).map((action) => action.assignees),
    ).toEqual([['Alice'], ['Bob']]);
  });

  it.each([
    ['Action (HB): circulate the policy by 31 August.', [{ assignees: ['Helen Brooks'], due: '2025-08-31' }]],
    ['Action 24/33 (timetabling survey): outstanding, carried forward.', []],
  ])('reads the label of %j', (line, expected) => {
    expect(
      actionsOf(`Present: Helen Brooks (HB), Sam Okafor\n\n1. Report\n${line}`, 'text', '2025-07-16'),
    ).toMatchObject(expected);
  });

  it('reads a table of tasks', () => {
    expect(
      actionsOf(
        '# Trustees\n\n| Present | Role |\n|---|---|\n| Nadia Rahman | Treasurer |\n| Owen Price | Trustee |\n\n## Actions\n\n| # | Action | Owner | Due |\n|---|---|---|---|\n| 1 | Send the instruction to the bank | Nadia | 16 May |\n| 2 | Check the handbook | Owen / Nadia | next meeting |\n\n**Next meeting:** 12 June 2025',
        'markdown',
        '2025-05-08',
      ),
    ).toEqual([
      { text: 'Send the instruction to the bank', assignees: ['Nadia'], due: '2025-05-16' },
      { text: 'Check the handbook', assignees: ['Owen', 'Nadia'], due: '2025-06-12' },
    ]);
  });

  it('reads a table of tasks typed with tabs', () => {
    expect(
      actionsOf(
        'Deltagare: Oskar Wiik, Lena Marklund\n\nÅtgärdslista\nÅtgärd\tAnsvarig\tKlart\nTa fram alternativ\tOskar\t2026-01-14\nKontakta rådet\tLena\tdecember',
        'text',
        '2025-11-26',
      ),
    ).toEqual([
      { text: 'Ta fram alternativ', assignees: ['Oskar'], due: '2026-01-14' },
      { text: 'Kontakta rådet', assignees: ['Lena'], due: 'december' },
    ]);
  });

  it('reads the next meeting under an agenda item of that name', () => {
    const minutes = recogniseMinutes(
      '§1. Ekonomi\nKassan är god.\n§2. Nästa möte\nTisdag 27 maj kl 19.00 i klubbhuset.\n§3. Avslutning\nMötet avslutades.',
      { format: 'text', referenceDate: '2025-04-23' },
    );
    expect(minutes.nextMeeting).toMatchObject({ date: '2025-05-27' });
  });

  it('reads "Mötet beslutade" as the start of att-clauses, not as a section', () => {
    const minutes = recogniseMinutes(
      '§1. Ersättning\nMötet beslutade\n- att ersättning betalas,\n- att den gäller från 1 juli.\nSanna uppdaterar handboken innan sommaruppehållet.\n§2. Övrigt\nInget.',
      { format: 'text', referenceDate: '2025-04-23' },
    );
    expect(minutes.decisions.map((d) => d.text)).toEqual([
      'att ersättning betalas',
      'att den gäller från 1 juli.',
    ]);
  });

  it('takes a motion, not its mover, as the decision', () => {
    const minutes = recogniseMinutes(
      '1. Budget\nMotion: to spend up to £250 on a gazebo. Moved by Dev Patel, seconded by Sarah Whitmore. Carried.',
      { format: 'text', referenceDate: '2025-03-11' },
    );
    expect(minutes.decisions.map((d) => d.text)).toEqual(['Motion: to spend up to £250 on a gazebo.']);
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
