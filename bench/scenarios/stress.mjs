// Scenario: one document, every client typing fast. 60 clients each send an edit every 100 ms
// (10 a second; with awareness well under Minutes' 400 frames/s per connection, so the defaults
// stay), i.e. 600 edits a second that each go to 59 others. The clients run in the bench
// process on the same cores as the server, so this loads both: compare the two servers, not the
// absolute figures.
import { measureTyping } from '../measure.mjs';
import { residentMemoryMb } from '../servers.mjs';
import { inSession } from '../session.mjs';
import { round } from '../stats.mjs';
import { connectionLimitEnv } from './typing.mjs';

export function runStress(kind, settings) {
  return inSession(kind, async (session) => {
    const server = await session.start(connectionLimitEnv(kind, settings.stressClients));
    const startMb = residentMemoryMb(server.pid);
    const docName = await server.createDocument();
    const clients = await session.connectMany(server, docName, settings.stressClients);
    const writers = clients.map((client, i) => ({ name: `w${i}`, client }));
    const result = await measureTyping(server, [{ clients, writers }], settings, {
      minMs: settings.stressPauseMs,
      maxMs: settings.stressPauseMs,
    });
    return { ...result, serverStartMemoryMb: round(startMb, 1) };
  });
}
