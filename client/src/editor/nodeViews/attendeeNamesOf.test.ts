import { editorExtensions, minutesContent as m } from '@minutes/shared';
import { type Extensions, getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { attendeeNamesOf } from './attendeeNamesOf';

const schema = getSchema(editorExtensions() as unknown as Extensions);

describe('attendeeNamesOf', () => {
  it('lists the names in the attendee list once each, trimmed, without empty rows', () => {
    const doc = Node.fromJSON(
      schema,
      m.doc(
        m.attendeeList(
          m.attendee('Lina Larsson'),
          m.attendee(' Osman Aytar '),
          m.attendee(''),
          m.attendee('lina larsson', { attendance: 'absent' }),
        ),
        m.agendaItem('Mötets öppnande', [m.paragraph('Lina Larsson hälsade välkommen.')]),
      ),
    );
    expect(attendeeNamesOf(doc)).toEqual(['Lina Larsson', 'Osman Aytar']);
  });

  it('gives the same array for the same document', () => {
    const doc = Node.fromJSON(schema, m.doc(m.attendeeList(m.attendee('Kim Berg'))));
    expect(attendeeNamesOf(doc)).toBe(attendeeNamesOf(doc));
  });
});
