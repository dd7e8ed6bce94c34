import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { minutesContent as m, meetingTemplate } from '../minutesContent.js';
import { minutesSchema } from '../minutesSchema.js';
import { updateNodeById } from './updateNodeById.js';

const schema = minutesSchema();
const valid = (json: ReturnType<typeof m.doc>) => {
  const node = schema.nodeFromJSON(json);
  node.check();
  return node;
};

describe('the minutes schema', () => {
  const accepted: Array<[string, ReturnType<typeof m.doc>]> = [
    ['a meeting header', m.doc(m.meetingHeader({ title: 'Styrgruppsmöte', date: '2026-02-24' }))],
    ['an empty attendee list', m.doc(m.attendeeList())],
    [
      'attendee rows',
      m.doc(
        m.attendeeList(
          m.attendee('Lina Larsson', { duty: 'secretary' }),
          m.attendee('Osman Aytar', { attendance: 'remote' }),
        ),
      ),
    ],
    [
      'an agenda item with notes, a decision and a task',
      m.doc(
        m.agendaItem('Statusrapport', [
          m.paragraph('Läget.'),
          m.bulletList('a', 'b'),
          m.decision('Godkänns.'),
          m.actionItem('Ta fram förslag'),
        ]),
      ),
    ],
    ['a decision outside an agenda item', m.doc(m.decision('Mötet öppnas.'))],
    ['a next meeting', m.doc(m.nextMeeting({ date: '2026-10-09', time: '13:00', place: 'Nyköping' }))],
    ['the new-meeting template', meetingTemplate({ title: 'Styrgruppsmöte', date: '2026-02-24' })],
  ];
  it.each(accepted)('accepts %s', (_name, json) => {
    expect(() => valid(json)).not.toThrow();
  });

  const refused: Array<[string, unknown]> = [
    ['an agenda item inside an agenda item', m.doc(m.agendaItem('Yttre', [m.agendaItem('Inre')]))],
    [
      'an agenda item without its title',
      { type: 'doc', content: [{ type: 'agendaItem', content: [{ type: 'paragraph' }] }] },
    ],
    [
      'a paragraph in the attendee list',
      { type: 'doc', content: [{ type: 'attendeeList', content: [{ type: 'paragraph' }] }] },
    ],
    ['a heading inside an agenda item', m.doc(m.agendaItem('Punkt', [m.heading(2, 'Rubrik')]))],
    ['an attendee outside a list', m.doc(m.attendee('Lina'))],
  ];
  it.each(refused)('refuses %s', (_name, json) => {
    expect(() => valid(json as ReturnType<typeof m.doc>)).toThrow(RangeError);
  });

  it('gives every structured node its own id', () => {
    const doc = valid(meetingTemplate({ title: 'Möte', date: '2026-01-01' }));
    const ids: string[] = [];
    doc.descendants((node) => {
      if (node.attrs.id) ids.push(node.attrs.id);
    });
    expect(ids.length).toBe(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps attribute defaults for nodes written without them', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [{ type: 'actionItem' }, { type: 'agendaItem', content: [{ type: 'agendaItemTitle' }] }],
    });
    expect(doc.child(0).attrs).toEqual({ id: null, assignees: [], due: null, status: 'open' });
    expect(doc.child(1).attrs).toEqual({ id: null, presenter: null, status: 'open' });
  });
});

describe('updateNodeById', () => {
  const task = m.actionItem('Ta fram förslag', { id: 'task-1' });
  const state = EditorState.create({
    schema,
    doc: schema.nodeFromJSON(m.doc(m.agendaItem('Punkt', [task]), m.actionItem('Annan', { id: 'task-2' }))),
  });

  it('changes only the node with that id and type', () => {
    const tr = state.tr;
    expect(
      updateNodeById(tr, 'actionItem', 'task-1', (attrs) => ({
        status: attrs.status === 'done' ? 'open' : 'done',
        assignees: ['Lina'],
      })),
    ).toBe(true);
    const changed: Record<string, unknown> = {};
    tr.doc.descendants((node) => {
      if (node.type.name === 'actionItem') changed[node.attrs.id] = node.attrs;
    });
    expect(changed['task-1']).toMatchObject({ status: 'done', assignees: ['Lina'] });
    expect(changed['task-2']).toMatchObject({ status: 'open', assignees: [] });
  });

  it('reports a missing id and changes nothing', () => {
    const tr = state.tr;
    expect(updateNodeById(tr, 'actionItem', 'nope', () => ({ status: 'done' }))).toBe(false);
    expect(updateNodeById(tr, 'decision', 'task-1', () => ({ status: 'done' }))).toBe(false);
    expect(tr.docChanged).toBe(false);
  });
});
