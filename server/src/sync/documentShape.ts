import * as Y from 'yjs';

/**
 * Removes, in a transaction of its own, what a transaction added that a minutes document cannot
 * hold, and returns whether there was any:
 * - shared types other than XML elements and XML text (maps, arrays, plain texts, hooks), anywhere;
 * - bare strings or values put straight into an XML element or fragment.
 * Both are valid Yjs that no editor and no extraction can read. Root types (the document itself
 * and the suggestions' dismissals) are not items and are not looked at. Only the items the
 * transaction added are looked at, so typing costs almost nothing here, and no update is
 * decoded twice.
 */
export function removeMisplacedContent(transaction: Y.Transaction): boolean {
  const misplaced: Y.Item[] = [];
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    const structs = transaction.doc.store.clients.get(client);
    if (after <= before || !structs) continue;
    for (let index = Y.findIndexSS(structs, before); index < structs.length; index++) {
      const struct = structs[index] as Y.Item | Y.GC;
      if (struct.id.clock >= after) break;
      if (struct instanceof Y.Item && !struct.deleted && (isForeignType(struct) || isMisplaced(struct))) {
        misplaced.push(struct);
      }
    }
  }
  if (misplaced.length === 0) return false;
  transaction.doc.transact((cleanup) => {
    for (const item of misplaced) item.delete(cleanup);
  });
  return true;
}

function isXml(content: Y.Item['content']): boolean {
  return (
    content instanceof Y.ContentType &&
    (content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText)
  );
}

/** A shared type that is not an XML element or XML text. */
function isForeignType(item: Y.Item): boolean {
  return item.content instanceof Y.ContentType && !isXml(item.content);
}

/** A child of an element or fragment (not an attribute) that is not an element or XML text. */
function isMisplaced(item: Y.Item): boolean {
  if (item.parentSub !== null) return false;
  const parent = item.parent;
  if (!(parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment) || parent instanceof Y.XmlText)
    return false;
  return !isXml(item.content);
}
