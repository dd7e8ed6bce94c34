import fs from 'node:fs';
import path from 'node:path';
import { extractMinutes, minutesSchema } from '@minutes/shared';
import { analyseMinutes, minutesDocument } from '@minutes/shared/recognise';
import { describe, expect, it } from 'vitest';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/minutes');
const files = fs.readdirSync(FIXTURES).filter((file) => /\.(txt|md)$/.test(file));
const schema = minutesSchema();

describe('minutesDocument: recognised minutes as a structured document', () => {
  it.each(files)('%s keeps its structure and all its text', (file) => {
    const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
    const analysis = analyseMinutes(text, { format: file.endsWith('.md') ? 'markdown' : 'text' });
    const doc = schema.nodeFromJSON(minutesDocument(analysis));
    doc.check();
    const { minutes } = analysis;
    const extracted = extractMinutes(doc, { meetingDate: minutes.date });

    expect(extracted.title).toBe(minutes.title);
    expect(extracted.agenda.map((item) => item.title)).toEqual(minutes.agenda.map((item) => item.title));
    expect([...extracted.attendees, ...extracted.absent].map((a) => a.name)).toEqual(
      expect.arrayContaining([...minutes.attendees, ...minutes.absent].map((a) => a.name)),
    );
    expect(extracted.decisions).toHaveLength(minutes.decisions.length);
    expect(extracted.actions).toHaveLength(minutes.actions.length);
    expect(extracted.actions.map((a) => a.assignees)).toEqual(minutes.actions.map((a) => a.assignees));
    expect(extracted.tabled.map((t) => t.text)).toEqual(
      minutes.tabled
        .map((t) => t.agendaItem)
        .filter((title, n, all) => title !== null && all.indexOf(title) === n),
    );

    const written = doc.textContent.replace(/\s+/g, ' ');
    analysis.lines.forEach((line, i) => {
      if (analysis.roles[i]?.kind === 'body' && line.kind !== 'rule' && line.text.trim() !== '') {
        const splitIntoSeveral =
          (analysis.decisionsByLine.get(i)?.length ?? 0) > 1 ||
          (analysis.actionsByLine.get(i)?.length ?? 0) > 1;
        if (!splitIntoSeveral) expect(written).toContain(line.text.replace(/\s+/g, ' ').trim());
      }
    });
  });
});
