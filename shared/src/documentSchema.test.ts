import type { Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { documentSchema } from './documentSchema.js';
import { minutesContent as m, meetingTemplate } from './minutesContent.js';
import { minutesSchema } from './minutesSchema.js';

/** What of a schema is data: every node's and mark's spec without the editor's DOM functions. */
function dataOf(schema: Schema) {
  const data = (spec: object) =>
    JSON.parse(JSON.stringify(spec, (_key, value) => (typeof value === 'function' ? undefined : value)));
  const types = (map: { forEach(visit: (name: string, spec: object) => void): void }) => {
    const entries: Array<[string, unknown]> = [];
    map.forEach((name, spec) => {
      const { parseDOM: _parse, toDOM: _render, ...rest } = spec as Record<string, unknown>;
      entries.push([name, data(rest)]);
    });
    return entries;
  };
  return {
    topNode: schema.spec.topNode ?? 'doc',
    nodes: types(schema.spec.nodes),
    marks: types(schema.spec.marks),
  };
}

describe('documentSchema', () => {
  it("equals the schema Tiptap builds from the editor's extensions, in every node, mark and default", () => {
    expect(dataOf(documentSchema())).toEqual(dataOf(minutesSchema()));
  });

  it('reads a document into the same nodes and attributes as the editor schema does', () => {
    const document = {
      type: 'doc',
      content: [
        ...(meetingTemplate({ title: 'Styrelsemöte', date: '2026-03-12' }).content ?? []),
        m.agendaItem('Budget', [
          m.decision('Budgeten fastställs.', { reservations: ['Åsa'] }),
          m.actionItem('Skicka budgeten.', { assignees: ['Åsa Öberg'], due: '2026-03-20' }),
        ]),
      ],
    };
    const ours = documentSchema().nodeFromJSON(document);
    ours.check();
    expect(ours.toJSON()).toEqual(minutesSchema().nodeFromJSON(document).toJSON());
  });
});
