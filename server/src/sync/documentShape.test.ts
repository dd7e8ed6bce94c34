import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createsOnlyXmlTypes, removeMisplacedContent } from './documentShape.js';

function updateOf(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  change(doc);
  return Y.encodeStateAsUpdate(doc);
}

describe('the shape of a minutes document', () => {
  it('takes updates that create XML elements and text, and refuses other shared types', () => {
    const xml = updateOf((doc) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Text')]);
      doc.getXmlFragment('default').insert(0, [paragraph]);
    });
    expect(createsOnlyXmlTypes(xml)).toBe(true);
    for (const foreign of [new Y.Map(), new Y.Array(), new Y.Text('x'), new Y.XmlHook('hook')]) {
      const update = updateOf((doc) =>
        doc.getXmlFragment('default').insert(0, [foreign as unknown as Y.XmlElement]),
      );
      expect(createsOnlyXmlTypes(update), foreign.constructor.name).toBe(false);
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
