import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recogniseMinutes } from '../../../shared/src/recognise/recogniseMinutes.js';
import { readMinutesFile } from './readMinutesFile.js';

interface GoldItem {
  text: string;
  quote?: string;
  assignees?: string[];
  due?: string | null;
}
interface Gold {
  source: string;
  title?: string;
  date?: string;
  secretary?: string | null;
  next_meeting?: string | null;
  attendees: string[];
  absent: string[];
  agenda: string[];
  decisions: GoldItem[];
  actions: GoldItem[];
  tabled: GoldItem[];
}

const root = path.resolve(import.meta.dirname, '../../..');
const goldDirs = [
  path.join(root, 'tests/fixtures/minutes'),
  path.join(root, '../shared/fixtures/gold'),
].filter((dir) => existsSync(dir));
const cases = goldDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.gold.json'))
    .map((file) => {
      const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Gold;
      return [file.replace('.gold.json', ''), path.resolve(dir, gold.source), gold] as const;
    }),
);

const words = (text: string) =>
  new Set(
    text
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 1),
  );
/** The similarity the scorer uses: shared words, weighted towards the shorter text. */
function similar(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return Math.max(shared / x.size, shared / y.size) * Math.min(1, (2 * shared) / (x.size + y.size) + 0.35);
}
const matches = (gold: GoldItem, text: string) =>
  Math.max(similar(gold.quote ?? '', text), similar(gold.text, text)) >= 0.5;

describe.each(cases)('%s', (_, source, gold) => {
  it('recognises what the gold file lists', async () => {
    const { text, format } = await readMinutesFile(source);
    const referenceDate = /^(\d{4}-\d{2}-\d{2})/u.exec(path.basename(source))?.[1];
    const minutes = recogniseMinutes(text, referenceDate ? { format, referenceDate } : { format });

    expect(minutes.date).toBe(gold.date ?? minutes.date);
    if (gold.secretary !== undefined) expect(minutes.secretary).toBe(gold.secretary);
    if (gold.next_meeting !== undefined) expect(minutes.nextMeeting?.date ?? null).toBe(gold.next_meeting);
    if (gold.title) expect(similar(gold.title, minutes.title ?? '')).toBeGreaterThanOrEqual(0.6);
    expect(minutes.attendees.map((person) => person.name)).toEqual(gold.attendees);
    expect(minutes.absent.map((person) => person.name)).toEqual(gold.absent);
    expect(minutes.agenda.map((item) => item.title)).toEqual(gold.agenda);

    for (const kind of ['decisions', 'tabled'] as const) {
      expect(minutes[kind]).toHaveLength(gold[kind].length);
      for (const item of gold[kind])
        expect(minutes[kind].some((found) => matches(item, found.text))).toBe(true);
    }
    expect(minutes.actions).toHaveLength(gold.actions.length);
    for (const item of gold.actions) {
      const found = minutes.actions.find((action) => matches(item, action.text));
      expect(found, item.quote).toBeDefined();
      const firstNames = found?.assignees.map((name) => name.toLowerCase().split(' ')[0]);
      for (const name of item.assignees ?? []) expect(firstNames).toContain(name.toLowerCase().split(' ')[0]);
      if (item.due && /^\d{4}-\d{2}-\d{2}$/u.test(item.due)) expect(found?.due).toBe(item.due);
      else if (item.due) expect(found?.due).toBeTruthy();
    }
  });
});
