import { editorExtensions, minutesContent as m } from '@minutes/shared';
import { type Extensions, getSchema, type JSONContent } from '@tiptap/core';
import { Node, Slice } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { editsVerifiedDecision } from './editsVerifiedDecision';
import { findNode } from './findNode';
import { isLockedEdit, selectionInVerifiedDecision } from './VerifiedDecisionGuard';
import { withoutVerification } from './withoutVerification';

const schema = getSchema(editorExtensions() as unknown as Extensions);

const verified = (text: string, id: string): JSONContent => ({
  ...m.decision(text, { id }),
  attrs: { id, reservations: [], verifiedBy: 'Kim Berg', verifiedAt: '2025-11-22T10:15:00Z' },
});

const doc = Node.fromJSON(
  schema,
  m.doc(
    m.agendaItem(
      'Budget',
      [
        m.paragraph('Före.'),
        verified('Budgeten antas.', 'locked'),
        m.paragraph('Efter.'),
        m.decision('Öppet.', { id: 'open' }),
      ],
      { id: 'item' },
    ),
  ),
);
const state = EditorState.create({ doc });

function at(id: string): { pos: number; end: number } {
  const found = findNode(doc, (node) => node.attrs.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return { pos: found.pos, end: found.pos + found.node.nodeSize };
}
const textPos = (text: string) => {
  const found = findNode(doc, (node) => node.isTextblock && node.textContent === text);
  if (!found) throw new Error(`no paragraph ${text}`);
  return found.pos;
};

const locked = at('locked');
const cases: Array<[string, (tr: Transaction) => Transaction, boolean]> = [
  ['typing inside the verified decision', (tr) => tr.insertText('x', locked.pos + 3), true],
  ['typing at the start of its text', (tr) => tr.insertText('x', locked.pos + 1), true],
  ['typing at the end of its text', (tr) => tr.insertText('x', locked.end - 1), true],
  ['deleting part of its text', (tr) => tr.delete(locked.pos + 2, locked.pos + 5), true],
  ['deleting it whole', (tr) => tr.delete(locked.pos, locked.end), true],
  ['a range that ends inside it', (tr) => tr.delete(textPos('Före.') + 2, locked.pos + 3), true],
  ['changing its reservations', (tr) => tr.setNodeAttribute(locked.pos, 'reservations', ['Ola']), true],
  ['clearing its verification', (tr) => tr.setNodeAttribute(locked.pos, 'verifiedBy', null), true],
  ['bold on its text', (tr) => tr.addMark(locked.pos + 1, locked.pos + 4, schema.mark('bold')), true],
  ['joining the next paragraph into it', (tr) => tr.join(locked.end), true],
  ['typing in the paragraph before', (tr) => tr.insertText('x', textPos('Före.') + 2), false],
  ['typing in the paragraph after', (tr) => tr.insertText('x', textPos('Efter.') + 2), false],
  ['typing in another decision', (tr) => tr.insertText('x', at('open').pos + 2), false],
  [
    'a paragraph inserted right before it',
    (tr) => tr.insert(locked.pos, schema.node('paragraph', null, schema.text('Ny.'))),
    false,
  ],
  [
    'a paragraph inserted right after it',
    (tr) => tr.insert(locked.end, schema.node('paragraph', null, schema.text('Ny.'))),
    false,
  ],
  ['deleting the paragraph before', (tr) => tr.delete(textPos('Före.'), locked.pos), false],
  ['only moving the selection', (tr) => tr.setMeta('x', 1), false],
];

describe('editsVerifiedDecision', () => {
  for (const [name, change, expected] of cases) {
    it(`${expected ? 'refuses' : 'allows'} ${name}`, () => {
      expect(editsVerifiedDecision(change(state.tr))).toBe(expected);
    });
  }
});

describe('isLockedEdit', () => {
  it('refuses a local edit of a verified decision', () => {
    expect(isLockedEdit(state.tr.insertText('x', locked.pos + 3))).toBe(true);
  });

  it('lets the same change through when it comes from Yjs (the server, or someone else)', () => {
    const remote = state.tr.insertText('x', locked.pos + 3).setMeta('y-sync$', { isChangeOrigin: true });
    expect(isLockedEdit(remote)).toBe(false);
  });
});

describe('withoutVerification', () => {
  it('pastes a verified decision as an open one, keeping its text and reservations', () => {
    const slice = new Slice(doc.slice(locked.pos, locked.end).content, 0, 0);
    const pasted = withoutVerification(slice).content.firstChild;
    expect(pasted?.type.name).toBe('decision');
    expect(pasted?.attrs).toMatchObject({
      id: 'locked',
      verifiedBy: null,
      verifiedAt: null,
      reservations: [],
    });
    expect(pasted?.textContent).toBe('Budgeten antas.');
  });

  it('cleans decisions nested in pasted agenda items, and leaves the rest alone', () => {
    const slice = doc.slice(0, doc.content.size);
    const cleaned = withoutVerification(slice);
    let verifiedLeft = 0;
    cleaned.content.descendants((node) => {
      if (node.attrs.verifiedBy) verifiedLeft++;
    });
    expect(verifiedLeft).toBe(0);
    expect(cleaned.content.textBetween(0, cleaned.content.size, '|')).toBe(
      slice.content.textBetween(0, slice.content.size, '|'),
    );
    expect(cleaned.openStart).toBe(slice.openStart);
  });
});

describe('selectionInVerifiedDecision', () => {
  const caretAt = (pos: number) => state.apply(state.tr.setSelection(TextSelection.create(doc, pos)));

  it('is true with the caret inside a verified decision, and false elsewhere', () => {
    const locked = at('locked');
    const open = at('open');
    expect(selectionInVerifiedDecision(caretAt(locked.pos + 3))).toBe(true);
    expect(selectionInVerifiedDecision(caretAt(open.pos + 3))).toBe(false);
    expect(selectionInVerifiedDecision(caretAt(locked.pos - 2))).toBe(false);
  });
});
