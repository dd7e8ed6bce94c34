// Scenario: a long minutes document (300 agenda items, as in bench/extraction.mjs) loaded in both
// servers, and a few people typing into it in bursts. After every pause Minutes extracts the
// decisions and tasks again (1 s after the last edit, at least every 5 s while typing goes on)
// and re-indexes the meeting for search; Hocuspocus only stores the document. The typists write
// into the XML document itself, the way the editor does, so every edit reaches the extraction.
import { DOCUMENT_FIELD, minutesSchema } from '@minutes/shared';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { waitUntil } from '../clients.mjs';
import { measureTyping } from '../measure.mjs';
import { longMinutesJson } from '../minutesDocument.mjs';
import { residentMemoryMb } from '../servers.mjs';
import { inSession } from '../session.mjs';
import { round } from '../stats.mjs';

const LOAD_TIMEOUT_MS = 30_000;
/** Children of the document before the first agenda item: the header and the attendee list. */
const ITEMS_FROM = 2;

export function runExtraction(kind, settings) {
  return inSession(kind, async (session) => {
    const server = await session.start();
    const startMb = residentMemoryMb(server.pid);
    const docName = await server.createDocument();
    const loader = session.connect(server, docName);
    await loader.synced;
    // Replaces whatever the document holds (Minutes seeds a new meeting from its template) with
    // the long document, in one update, as an import or a paste would.
    const json = longMinutesJson(settings.extractionItems);
    prosemirrorJSONToYXmlFragment(minutesSchema(), json, loader.doc.getXmlFragment(DOCUMENT_FIELD));
    const children = loader.doc.getXmlFragment(DOCUMENT_FIELD).length;
    const typists = await session.connectMany(server, docName, settings.extractionWriters);
    await waitUntil(
      () => typists.every((client) => client.doc.getXmlFragment(DOCUMENT_FIELD).length === children),
      LOAD_TIMEOUT_MS,
      'the typists did not receive the long document',
    );
    const loadedMb = residentMemoryMb(server.pid);

    const clients = [loader, ...typists];
    const writers = typists.map((client, i) => ({
      name: `w${i}`,
      client,
      typing: { target: typingTarget(i, settings) },
    }));
    const result = await measureTyping(
      server,
      [{ clients, writers }],
      settings,
      {
        minMs: settings.extractionMinPauseMs,
        maxMs: settings.extractionMaxPauseMs,
        burst: { edits: settings.extractionBurst, pauseMs: settings.extractionBurstPauseMs },
      },
      (doc) => doc.getXmlFragment(DOCUMENT_FIELD).toString(),
    );
    return {
      ...result,
      documentChildren: children,
      serverStartMemoryMb: round(startMb, 1),
      serverLoadedMemoryMb: round(loadedMb, 1),
    };
  });
}

/**
 * Writer `i` types into agenda item i/writers of the way down: writers with an even number into
 * its paragraph, the others into its decision (which changes what is extracted).
 */
function typingTarget(i, settings) {
  const item = ITEMS_FROM + Math.floor(((i + 0.5) * settings.extractionItems) / settings.extractionWriters);
  const child = i % 2 === 0 ? 1 : 3;
  const cache = new WeakMap();
  return (doc) => {
    let text = cache.get(doc);
    if (!text) {
      const element = doc.getXmlFragment(DOCUMENT_FIELD).get(item);
      if (element?.nodeName !== 'agendaItem') throw new Error(`child ${item} is not an agenda item`);
      text = element.get(child).get(0);
      cache.set(doc, text);
    }
    return text;
  };
}
