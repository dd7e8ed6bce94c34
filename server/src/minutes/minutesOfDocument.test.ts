import { DOCUMENT_FIELD, documentSchema, minutesContent as m } from '@minutes/shared';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { minutesOfDocument } from './minutesOfDocument.js';

const schema = documentSchema();

function meetingDoc(items: number): Y.Doc {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(
    schema,
    {
      type: 'doc',
      content: [
        m.meetingHeader({ title: 'Styrelsemöte', date: '2026-03-12' }),
        m.attendeeList(m.attendee('Åsa Öberg', { role: 'ordförande' })),
        ...Array.from({ length: items }, (_, i) =>
          m.agendaItem(`Punkt ${i + 1}`, [
            m.paragraph(`Diskussion ${i + 1}`),
            m.decision(`Beslut ${i + 1}`),
            m.actionItem(`Uppgift ${i + 1}`, { assignees: ['Åsa Öberg'], due: '2026-04-01' }),
          ]),
        ),
      ],
    },
    doc.getXmlFragment(DOCUMENT_FIELD),
  );
  return doc;
}

/** The same document read from scratch, by a document that has never been converted. */
function readAfresh(doc: Y.Doc) {
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
  return minutesOfDocument(fresh, schema, '2026-03-12');
}

function elementsNamed(fragment: Y.XmlFragment, name: string): Y.XmlElement[] {
  return [
    ...fragment.createTreeWalker((type) => type instanceof Y.XmlElement && type.nodeName === name),
  ].filter((type): type is Y.XmlElement => type instanceof Y.XmlElement);
}

describe('minutesOfDocument', () => {
  it('reads again only the agenda items that changed, and reads them right', () => {
    const doc = meetingDoc(20);
    const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
    const first = minutesOfDocument(doc, schema, '2026-03-12');
    expect(first).toEqual(readAfresh(doc));

    // Typing inside the fifth item's decision, deep in the tree.
    const decision = elementsNamed(fragment, 'decision')[4] as Y.XmlElement;
    (decision.get(0) as Y.XmlText).insert('Beslut 5'.length, ' om budgeten');
    const second = minutesOfDocument(doc, schema, '2026-03-12');
    expect(second).toEqual(readAfresh(doc));
    expect(second.minutes.decisions[4]?.text).toBe('Beslut 5 om budgeten');
    // Untouched items are not converted again; the changed one is.
    expect(second.document.content?.[3]).toBe(first.document.content?.[3]);
    expect(second.document.content?.[6]).not.toBe(first.document.content?.[6]);

    // An attribute, a removed item and a new one.
    (elementsNamed(fragment, 'actionItem')[2] as Y.XmlElement).setAttribute('status', 'done');
    fragment.delete(10, 1);
    const added = new Y.XmlElement('agendaItem');
    const title = new Y.XmlElement('agendaItemTitle');
    title.insert(0, [new Y.XmlText('Övrigt')]);
    added.insert(0, [title]);
    fragment.insert(fragment.length, [added]);
    const third = minutesOfDocument(doc, schema, '2026-03-12');
    expect(third).toEqual(readAfresh(doc));
    expect(third.minutes.actions[2]?.status).toBe('done');
    expect(third.minutes.decisions).toHaveLength(19);
    expect(third.minutes.agenda.at(-1)?.title).toBe('Övrigt');
  });
});
