import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { removeMisplacedContent } from './documentShape.js';

function updateOf(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  change(doc);
  return Y.encodeStateAsUpdate(doc);
}

describe('the shape of a minutes document', () => {
  it('keeps XML elements and text, and removes every other shared type, for everyone', () => {
    const server = new Y.Doc();
    let removed = 0;
    server.on('afterTransaction', (transaction: Y.Transaction) => {
      if (removeMisplacedContent(transaction)) removed += 1;
    });
    Y.applyUpdate(
      server,
      updateOf((doc) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText('Text')]);
        doc.getXmlFragment('default').insert(0, [paragraph]);
      }),
    );
    expect(removed).toBe(0);
    const kept = server.getXmlFragment('default').toString();
    for (const foreign of [new Y.Map(), new Y.Array(), new Y.Text('x'), new Y.XmlHook('hook')]) {
      Y.applyUpdate(
        server,
        updateOf((doc) => doc.getXmlFragment('default').insert(0, [foreign as unknown as Y.XmlElement])),
      );
    }
    // Also as an attribute's value, where no misplaced-content rule would see it.
    Y.applyUpdate(
      server,
      updateOf((doc) => {
        const element = new Y.XmlElement('decision');
        doc.getXmlFragment('default').insert(0, [element]);
        element.setAttribute('status', new Y.Map() as unknown as string);
      }),
    );
    expect(removed).toBe(5);
    // What everyone receives holds the removal too.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
    for (const doc of [server, copy]) {
      const children = doc.getXmlFragment('default').toArray();
      expect(children.map((child) => child.toString()).sort()).toEqual(['<decision></decision>', kept]);
    }
  });

  it('removes bare values put straight into an element, for everyone, and keeps the rest', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('default');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('kvar')]);
    fragment.insert(0, [paragraph]);
    let removed = false;
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      removed = removeMisplacedContent(transaction) || removed;
    });
    // What a hostile update can do: a string where only elements and text belong.
    doc.transact(() => (paragraph as unknown as Y.Array<unknown>).insert(1, ['bar sträng', 42]));
    expect(removed).toBe(true);
    expect(fragment.toString()).toBe('<paragraph>kvar</paragraph>');
  });
});
