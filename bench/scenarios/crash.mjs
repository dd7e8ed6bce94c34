// Scenario 3: writers type while an observer watches; the writers leave; shortly after, the server
// process is killed with SIGKILL. After a restart on the same data, how many of the edits the
// observer had seen are gone? The observer stays connected until the kill (someone still has the
// meeting open), and is closed before the restart so that it cannot send the edits back.
import { sleep, waitUntil } from '../clients.mjs';
import { editIds, observeEdits, startTyping, TEXT } from '../editing.mjs';
import { inSession } from '../session.mjs';

export function runCrash(kind, settings) {
  return inSession(kind, async (session) => {
    const server = await session.start();
    const docName = await server.createDocument();
    const observer = session.connect(server, docName);
    await observer.synced;
    const writerClients = await session.connectMany(server, docName, settings.crashWriters);
    const writers = writerClients.map((_, i) => `w${i}`);

    const observed = new Set();
    observeEdits(observer, writers, (writer, edit) => observed.add(`${writer}:${edit.seq}`));
    const typists = writerClients.map((client, i) =>
      startTyping(client, writers[i], {
        minMs: settings.minPauseMs,
        maxMs: settings.maxPauseMs,
        seed: 100 + i,
      }),
    );
    await sleep(settings.crashSeconds * 1000);
    for (const typist of typists) typist.stop();
    const sent = typists.reduce((sum, typist) => sum + typist.sentAt.length, 0);
    // Give the last edits a moment to reach the observer; only what it saw is counted below.
    await waitUntil(() => observed.size === sent, 5_000, 'the observer did not see every edit').catch(
      () => {},
    );

    for (const client of writerClients) client.destroy();
    await sleep(settings.killDelayMs);
    const killed = await server.kill();
    observer.destroy();
    if (killed.signal !== 'SIGKILL') throw new Error(`server was not killed: ${JSON.stringify(killed)}`);

    const restarted = await session.start();
    const loader = session.connect(restarted, docName);
    await loader.synced;
    const loaded = editIds(loader.doc, writers);
    const lost = [...observed].filter((id) => !loaded.has(id)).length;
    const textLength = loader.doc.getText(TEXT).length;
    loader.destroy();
    await restarted.stop();
    return {
      editsSent: sent,
      editsObserved: observed.size,
      editsAfterRestart: loaded.size,
      textLengthAfterRestart: textLength,
      lostEdits: lost,
    };
  });
}
