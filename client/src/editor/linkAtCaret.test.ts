import { minutesSchema } from '@minutes/shared';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { linkAtCaret } from './FollowLink';

const schema = minutesSchema();
const link = schema.marks.link?.create({ href: '/meetings/m1#uppgift-t1' });
// "Se " + "uppgiften" (linked) + " nu": positions 1–4 before the link, 4–13 in it, 13–16 after.
const doc = schema.node('doc', null, [
  schema.node('paragraph', null, [
    schema.text('Se '),
    schema.text('uppgiften', link ? [link] : []),
    schema.text(' nu'),
  ]),
]);

const at = (from: number, to = from) =>
  EditorState.create({ doc, selection: TextSelection.create(doc, from, to) });

describe('linkAtCaret', () => {
  const cases: [string, number, string | null][] = [
    ['before the link', 2, null],
    ['just before its first letter', 4, '/meetings/m1#uppgift-t1'],
    ['inside it', 8, '/meetings/m1#uppgift-t1'],
    ['just after its last letter', 13, '/meetings/m1#uppgift-t1'],
    ['after it', 15, null],
  ];
  for (const [name, pos, expected] of cases) {
    it(`${name} → ${expected}`, () => expect(linkAtCaret(at(pos))).toBe(expected));
  }

  it('is null for a selection, which Mod-Enter leaves alone', () => expect(linkAtCaret(at(5, 9))).toBeNull());
});
