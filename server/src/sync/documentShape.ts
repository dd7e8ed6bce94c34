import * as Y from 'yjs';

/**
 * Whether an update only creates shared types a minutes document can hold: XML elements and XML
 * text (the document), and no maps, arrays, plain texts or hooks. A type of another kind where
 * the editor expects XML makes the document unreadable to every editor and to the extraction, so
 * such an update is refused before it touches the document. Root types (the document itself and
 * the suggestions' dismissals) are not items and are not checked here.
 */
export function createsOnlyXmlTypes(update: Uint8Array): boolean {
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) continue;
    const type = struct.content.type;
    if (!(type instanceof Y.XmlElement) && !(type instanceof Y.XmlText)) return false;
  }
  return true;
}

/**
 * Removes, in a transaction of its own, what a transaction put directly into an XML element or
 * fragment that is neither an element nor XML text (a bare string or value, which a valid update
 * can carry and which no editor can read). Returns whether anything was removed. Only the items
 * the transaction added are looked at, so typing costs almost nothing here.
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
      if (struct instanceof Y.Item && isMisplaced(struct)) misplaced.push(struct);
    }
  }
  if (misplaced.length === 0) return false;
  transaction.doc.transact((cleanup) => {
    for (const item of misplaced) item.delete(cleanup);
  });
  return true;
}

/** A child of an element or fragment (not an attribute) that is not an element or XML text. */
function isMisplaced(item: Y.Item): boolean {
  if (item.deleted || item.parentSub !== null) return false;
  const parent = item.parent;
  if (!(parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment) || parent instanceof Y.XmlText)
    return false;
  const content = item.content;
  return !(
    content instanceof Y.ContentType &&
    (content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText)
  );
}
