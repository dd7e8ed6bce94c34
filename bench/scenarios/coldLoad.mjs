// Scenario 2: a document built from many small updates, the server restarted, and the time a
// fresh client takes from connecting until it holds the whole document.
import { sleep, waitUntil, withTimeout } from '../clients.mjs';
import { randomSource, TEXT } from '../editing.mjs';
import { directoryBytes, isMinutes } from '../servers.mjs';
import { inSession } from '../session.mjs';
import { median, round } from '../stats.mjs';

const WRITE_TIMEOUT_MS = 120_000;
/** Updates sent per batch, one batch per `BATCH_PAUSE_MS`: about 10,000 updates a second. */
const BATCH_SIZE = 100;
const BATCH_PAUSE_MS = 10;
/**
 * Minutes closes a connection sending more than MAX_FRAMES_PER_SECOND (400) frames a second. The
 * bench sends about 10,000 a second to build the document quickly, so it raises the limit for
 * this scenario only. Hocuspocus has no such limit.
 */
const COLD_LOAD_MINUTES_ENV = { MAX_FRAMES_PER_SECOND: '1000000' };

export function runColdLoad(kind, settings) {
  return inSession(kind, async (session) => {
    const env = isMinutes(kind) ? COLD_LOAD_MINUTES_ENV : {};
    const first = await session.start(env);
    const docName = await first.createDocument();
    const writeMs = await buildDocument(session, first, docName, settings);
    // Hocuspocus stores 2 s after the last change, or at once when the last client leaves;
    // Minutes has stored everything before it broadcast it. Wait past the debounce either way.
    await sleep(settings.settleMs);
    const stopped = await first.stop();
    if (stopped.code !== 0) throw new Error(`server did not stop cleanly: ${JSON.stringify(stopped)}`);
    const storedBytes = directoryBytes(session.dataDir);

    const coldMs = [];
    const warmMs = [];
    for (let i = 0; i < settings.coldRepeats; i++) {
      const server = await session.start(env);
      const cold = await syncFreshClient(session, server, docName, settings.coldUpdates);
      // The first client stays, so the document stays loaded (Hocuspocus unloads a document as
      // soon as its last client leaves; Minutes keeps it for 10 s).
      const warm = await syncFreshClient(session, server, docName, settings.coldUpdates);
      coldMs.push(cold.ms);
      warmMs.push(warm.ms);
      cold.client.destroy();
      warm.client.destroy();
      await server.stop();
    }
    return {
      updates: settings.coldUpdates,
      writeSeconds: round(writeMs / 1000, 1),
      storedKb: round(storedBytes / 1024, 0),
      coldLoadMs: round(median(coldMs), 1),
      coldLoadRunsMs: coldMs.map((ms) => round(ms, 1)),
      warmSyncMs: round(median(warmMs), 1),
    };
  });
}

/** One client sends `coldUpdates` single-letter inserts at random positions; returns the ms taken. */
async function buildDocument(session, server, docName, settings) {
  const writer = session.connect(server, docName);
  const checker = session.connect(server, docName);
  await Promise.all([writer.synced, checker.synced]);
  const random = randomSource(42);
  const text = writer.doc.getText(TEXT);
  const startedAt = performance.now();
  for (let sent = 0; sent < settings.coldUpdates; ) {
    for (let i = 0; i < BATCH_SIZE && sent < settings.coldUpdates; i++, sent++) {
      // One transaction, so one update and one frame, per letter.
      text.insert(Math.floor(random() * (text.length + 1)), 'x');
    }
    await sleep(BATCH_PAUSE_MS);
  }
  await waitUntil(
    () => checker.doc.getText(TEXT).length === settings.coldUpdates,
    WRITE_TIMEOUT_MS,
    'a second client did not receive the whole document',
  );
  const writeMs = performance.now() - startedAt;
  if (writer.disconnects > 0) throw new Error('the writer was disconnected while building the document');
  writer.destroy();
  checker.destroy();
  return writeMs;
}

/** A fresh client connects; resolves with the ms until it was synced, once it holds everything. */
async function syncFreshClient(session, server, docName, expectedLength) {
  const client = session.connect(server, docName);
  const ms = await withTimeout(client.synced, 30_000, 'a fresh client did not sync');
  const length = client.doc.getText(TEXT).length;
  if (length !== expectedLength) {
    client.destroy();
    throw new Error(`a fresh client loaded ${length} letters, expected ${expectedLength}`);
  }
  return { ms, client };
}
